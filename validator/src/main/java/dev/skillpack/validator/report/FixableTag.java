package dev.skillpack.validator.report;

import dev.skillpack.validator.rule.Finding;
import dev.skillpack.validator.rule.Fix;

/** The tag after a finding's message saying whether and how {@code --fix} repairs it. */
final class FixableTag {
    private FixableTag() {
    }

    static String of(Finding f) {
        if (f.fixes().isEmpty()) {
            return "";
        }
        boolean plain = f.fixes().stream().anyMatch(x -> x.safe() && !x.onRequest());
        if (plain) {
            return " [fixable]";
        }
        boolean onRequest = f.fixes().stream().anyMatch(Fix::onRequest);
        return onRequest ? " [fixable: --fix --rule " + f.ruleId() + "]" : " [fixable: --unsafe-fixes]";
    }
}
