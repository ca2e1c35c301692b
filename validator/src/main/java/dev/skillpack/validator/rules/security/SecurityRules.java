package dev.skillpack.validator.rules.security;

import dev.skillpack.validator.rule.Rule;
import java.util.List;

/** The built-in security rules (SP401–SP449), listed explicitly. */
public final class SecurityRules {
    private SecurityRules() {
    }

    /** @return every security rule */
    public static List<Rule> all() {
        return List.of(new TagCharacterRule(), new BidiControlRule(), new InvisibleCharacterRule(),
                new ControlCharacterRule(), new MixedScriptRule(), new PromptInjectionRule(), new ExfiltrationRule(),
                new HiddenInstructionRule(), new EncodedBlobRule(), new SecretRule(), new RemoteCodeExecutionRule(),
                new DestructiveDeleteRule(), new SudoRule(), new PersistenceRule(), new TlsVerificationRule(),
                new DynamicContextRule(), new ExecutableFileRule(), new ArchiveFileRule(), new SymlinkEscapeRule(),
                new NulByteRule(), new HiddenFileRule(), new OversizedSkillRule(), new UnrestrictedToolsRule(),
                new SideEffectInvocationRule());
    }
}
