package dev.skillpack.validator.rules.security;

import dev.skillpack.core.model.Block;
import dev.skillpack.core.model.Heading;
import dev.skillpack.core.model.MarkdownDocument;
import dev.skillpack.core.model.Paragraph;
import dev.skillpack.core.model.Skill;
import dev.skillpack.validator.analysis.AsciiCase;
import dev.skillpack.validator.analysis.LiteralScan;
import dev.skillpack.validator.analysis.TeachingText;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SP411: exfiltration: a command, script line or instruction that reads credentials ({@code .env}, SSH
 * keys, {@code ~/.aws/credentials}, {@code .npmrc}, {@code .netrc}, kube and docker config, secret
 * environment variables, the whole environment) and sends them somewhere ({@code curl -d/-F/-T},
 * {@code wget --post-file}, {@code nc host port}, {@code requests.post}, "send/upload … to https://…")
 * within one command or one sentence. Scripts, shell code and prose the agent is told to follow are
 * read; teaching material about attacks passes as in SP421.
 */
public final class ExfiltrationRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("SP411", "exfiltration", Category.SECURITY, Severity.ERROR,
            "A command or instruction reads credentials or secret files and sends them to a URL or host.");
    private static final Pattern SOURCE = Pattern.compile("(?i)(?:~|\\$HOME|\\$\\{HOME\\})?/?\\.ssh/(?:id_[a-z0-9]{2,10}"
            + "|[a-z0-9_.-]{0,30}key[a-z0-9_.-]{0,10})|\\.aws/credentials|(?<![\\w.-])\\.env(?:\\.[a-z]{2,12})?(?![\\w-])"
            + "|\\.npmrc|\\.netrc|\\.pypirc|\\.git-credentials|\\.docker/config\\.json|\\.kube/config|/etc/shadow"
            + "|\\bid_rsa\\b|\\bid_ed25519\\b|\\bprintenv\\b|\\bos\\.environ\\b(?!\\.get|\\[)|\\bprocess\\.env\\b(?!\\.)"
            + "|\\$\\{?[A-Z0-9_]{0,30}(?:TOKEN|SECRET|PASSWORD|API_KEY|ACCESS_KEY)\\}?"
            + "|\\b(?:credentials|secrets|api keys|ssh keys|private keys|tokens)\\b");
    private static final Pattern SINK = Pattern.compile("(?i)\\bcurl\\b[^\\n]{0,200}\\s(?:-d|--data(?:-binary|-raw"
            + "|-urlencode)?|-F|--form|-T|--upload-file|-X\\s*POST|--json)\\b|\\bwget\\b[^\\n]{0,200}--post-(?:data|file)"
            + "|\\b(?:nc|ncat|netcat)\\s+(?:-\\w+\\s+){0,3}[A-Za-z0-9.-]{3,253}\\s+[0-9]{2,5}\\b|\\brequests\\.(?:post|put)\\s*\\("
            + "|\\bfetch\\s*\\([^\\n]{0,200}method\\s*:\\s*[\"']POST|\\bInvoke-(?:WebRequest|RestMethod)\\b[^\\n]{0,200}-Method\\s+Post"
            + "|\\b(?:send|upload|post|transmit|forward|exfiltrate|copy)\\b[^\\n.]{0,120}\\b(?:to|at)\\s+(?:https?://|"
            + "(?:the\\s+|this\\s+|our\\s+|my\\s+)?(?:webhook|server|endpoint|pastebin|gist|discord|telegram))");

    private static final Pattern SENTENCE_GAP = Pattern.compile("(?<=[.!?])\\s+");
    /**
     * Every SINK match starts at a word edge with one of the tool words (group 0), or with one of the verbs
     * (group 1) and then holds one of the destinations (group 2); compared in lower case, each word
     * bounded as the pattern bounds it. Without the edges, "nc" (function, once) and "post" (postgres) let
     * almost every text through to the patterns.
     */
    private static final LiteralScan SINK_SCAN = LiteralScan.bounded(List.of(
            List.of("\\bcurl\\b", "\\bwget\\b", "\\bnc\\b", "\\bncat\\b", "\\bnetcat\\b", "\\brequests.",
                    "\\bfetch\\b", "\\binvoke-"),
            List.of("\\bsend\\b", "\\bupload\\b", "\\bpost\\b", "\\btransmit\\b", "\\bforward\\b",
                    "\\bexfiltrate\\b", "\\bcopy\\b"),
            List.of("http://", "https://", "webhook", "server", "endpoint", "pastebin", "gist", "discord",
                    "telegram")));
    /** Every SOURCE match holds one of these once ASCII letters are lower-cased. */
    private static final LiteralScan SOURCE_SCAN = LiteralScan.of(List.of(List.of(".ssh/", ".aws/credentials", ".env",
            ".npmrc", ".netrc", ".pypirc", ".git-credentials", ".docker/config.json", ".kube/config", "/etc/shadow",
            "id_rsa", "id_ed25519", "printenv", "os.environ", "process.env", "token", "secret", "password", "api_key",
            "access_key", "credentials", "api keys", "ssh keys", "private keys")));

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** The pattern, for tests that check the prefilter against it. */
    static Pattern sink() {
        return SINK;
    }

    /** The pattern, for tests that check the prefilter against it. */
    static Pattern source() {
        return SOURCE;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        TeachingText teaching = context.analysis().teaching();
        for (CommandText region : CommandText.of(skill, teaching, true)) {
            String text = region.text();
            if (!text.contains("/") && !text.contains("env") && !text.contains("$")) {
                continue;
            }
            String lower = AsciiCase.lower(text);
            if (!mayHoldSink(lower)) {
                continue;
            }
            // one logical line at a time: a command with its continuations
            int lineStart = 0;
            while (lineStart < text.length()) {
                int lineEnd = logicalLineEnd(text, lineStart);
                check(region, text.substring(lineStart, lineEnd), lower.substring(lineStart, lineEnd),
                        region.start() + lineStart, context);
                lineStart = lineEnd + 1;
            }
        }
        for (MarkdownDocument doc : skill.markdownFiles()) {
            String heading = "";
            for (Block block : doc.blocks()) {
                if (block instanceof Heading h) {
                    heading = h.text();
                    continue;
                }
                if (!(block instanceof Paragraph p) || p.container() == Block.Container.BLOCK_QUOTE) {
                    continue;
                }
                String raw = doc.file().text().substring(p.span().offset(), p.span().endOffset());
                if (!mayHoldSinkAndSource(AsciiCase.lower(raw)) || teaching.teaching(heading)
                        || teaching.teaching(p.text())) {
                    continue;
                }
                int at = 0;
                Matcher gap = SENTENCE_GAP.matcher(raw);
                while (gap.find()) {
                    prose(doc, raw.substring(at, gap.start()), p.span().offset() + at, context);
                    at = gap.end();
                }
                if (at < raw.length()) {
                    prose(doc, raw.substring(at), p.span().offset() + at, context);
                }
            }
        }
    }

    /**
     * Finds the next source that is not a secret variable used to authenticate: a token in an
     * {@code Authorization}, {@code x-api-key} or other header goes to the service it belongs to.
     */
    private static boolean findSource(Matcher source, String text) {
        while (source.find()) {
            if (!source.group().startsWith("$")) {
                return true;
            }
            String before = text.substring(Math.max(0, source.start() - 40), source.start()).toLowerCase(Locale.ROOT);
            if (!before.contains("-h ") && !before.contains("-h\"") && !before.contains("header")
                    && !before.contains("authorization") && !before.contains("api-key") && !before.contains("bearer")
                    && !before.contains("token ") && !before.contains("-u ")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A cheap test before the sink pattern: text without its words cannot match it.
     *
     * @param lower the text with ASCII letters lower-cased ({@link AsciiCase#lower})
     * @return false when SINK cannot match the text
     */
    static boolean mayHoldSink(String lower) {
        boolean[] words = SINK_SCAN.present(lower);
        return words[0] || words[1] && words[2];
    }

    /**
     * A cheap test before both patterns: a finding needs a sink and a source, and text without their words has
     * neither.
     *
     * @param lower the text with ASCII letters lower-cased ({@link AsciiCase#lower})
     * @return false when SINK or SOURCE cannot match the text
     */
    static boolean mayHoldSinkAndSource(String lower) {
        return mayHoldSink(lower) && SOURCE_SCAN.any(lower);
    }

    private static int logicalLineEnd(String text, int from) {
        int i = from;
        while (true) {
            int nl = text.indexOf('\n', i);
            if (nl < 0) {
                return text.length();
            }
            if (nl > from && text.charAt(nl - 1) == '\\') {
                i = nl + 1;
                continue;
            }
            return nl;
        }
    }

    private static void check(CommandText region, String line, String lowerLine, int offset, RuleContext context) {
        if (!mayHoldSinkAndSource(lowerLine)) {
            return;
        }
        Matcher sink = SINK.matcher(line);
        if (!sink.find()) {
            return;
        }
        Matcher source = SOURCE.matcher(line);
        if (!findSource(source, line) || region.commentAt(offset + source.start())) {
            return;
        }
        int start = Math.min(source.start(), sink.start());
        int end = Math.max(source.end(), sink.end());
        report(region.file().lines(), offset + start, end - start, source.group(), line, context);
    }

    private static void prose(MarkdownDocument doc, String sentence, int offset, RuleContext context) {
        if (!mayHoldSinkAndSource(AsciiCase.lower(sentence))) {
            return;
        }
        Matcher sink = SINK.matcher(sentence);
        if (!sink.find()) {
            return;
        }
        Matcher source = SOURCE.matcher(sentence);
        if (!findSource(source, sentence)) {
            return;
        }
        int start = Math.min(source.start(), sink.start());
        int end = Math.max(source.end(), sink.end());
        report(doc.file().lines(), offset + start, end - start, source.group(), sentence, context);
    }

    private static void report(dev.skillpack.core.model.LineMap lines, int offset, int length, String what, String text,
                               RuleContext context) {
        context.report(lines.span(offset, length), String.format("reads %s and sends it off the machine ('%s'); that "
                + "is how credentials are stolen: remove it, or send only what the user asked for to a host they named",
                CodePoints.asciiOnly(what.strip(), 60), CodePoints.asciiOnly(text.strip().replaceAll("\\s+", " "), 100)));
    }
}
