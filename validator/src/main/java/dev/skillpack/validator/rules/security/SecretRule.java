package dev.skillpack.validator.rules.security;

import dev.skillpack.core.model.Skill;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SP420: a credential in any file of the skill: cloud keys (AWS, Google Cloud, Azure), GitHub, GitLab,
 * Slack, npm, PyPI, Stripe, OpenAI and Anthropic tokens, private-key blocks, JWTs, database URLs with a
 * password, and generic {@code password = "…"} assignments whose value looks random. Placeholders
 * ({@code YOUR_KEY}, {@code xxxx}, {@code <token>}, {@code ${VAR}}, AWS's documented EXAMPLE keys) pass.
 * A secret is never printed whole: the message shows its first four characters and its length.
 */
public final class SecretRule implements Rule {
    private static final List<String> PLACEHOLDERS = List.of("example", "placeholder", "dummy", "sample", "changeme",
            "change_me", "change-me", "your", "xxxx", "redacted", "fake", "test", "mock", "insert", "replace",
            "todo", "fixme", "here", "secret", "password", "passwd", "token", "foobar", "lorem", "abcdef", "123456",
            "000000", "******", "....", "\u2026");
    private static final OptionKey<Double> ENTROPY_THRESHOLD = OptionKey.number("entropy-threshold", 3.5,
            "bits per character a generic password/api_key value needs to count as a secret; named token formats are "
                + "always reported");
    private static final OptionKey<List<String>> PLACEHOLDERS_OPTION = OptionKey.stringList("placeholders",
            PLACEHOLDERS, "words that mark a value as a placeholder (compared ignoring case, as substrings)")
            .map(words -> words.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
    private static final RuleMeta META = RuleMeta.of("SP420", "secret", Category.SECURITY, Severity.ERROR,
            "A file of the skill contains a credential: a cloud key, access token, private key or password.",
            ENTROPY_THRESHOLD, PLACEHOLDERS_OPTION);

    /**
     * A named token format: literals one of which every match contains (a cheap prefilter) and its pattern.
     * {@code before} is the most characters a match has before its literal, so that only the offsets near each
     * occurrence of a literal are tried ({@link AnchoredMatches}); -1 when the literal is no anchor (a
     * case-insensitive pattern may match where the literal, compared exactly, is absent) and the whole text is
     * searched.
     */
    private record Format(String name, List<String> literals, Pattern pattern, int group, int before) {
        Format(String name, List<String> literals, Pattern pattern, int group) {
            this(name, literals, pattern, group, 0);
        }

        Format(String name, String literal, Pattern pattern, int group) {
            this(name, List.of(literal), pattern, group, 0);
        }

        Format(String name, String literal, Pattern pattern, int group, int before) {
            this(name, List.of(literal), pattern, group, before);
        }
    }

    private static final List<Format> FORMATS = List.of(
            new Format("AWS access key ID", List.of("AKIA", "ASIA", "ABIA", "ACCA"), Pattern.compile("\\b((?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16})\\b"), 1),
            new Format("AWS secret access key", "ws_secret_access_key", Pattern.compile(
                    "(?i)aws_secret_access_key[\"']?\\s{0,3}[:=]\\s{0,3}[\"']?([A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])"), 1, -1),
            new Format("Google API key", "AIza", Pattern.compile("\\b(AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])"), 1),
            new Format("Google OAuth client secret", "GOCSPX-", Pattern.compile("\\b(GOCSPX-[A-Za-z0-9_-]{28})"), 1),
            new Format("Azure storage account key", "AccountKey=", Pattern.compile(
                    "AccountKey=([A-Za-z0-9+/]{86}==)"), 1),
            new Format("Azure client secret", "Q~", Pattern.compile(
                    "(?<![A-Za-z0-9_~.-])([A-Za-z0-9_~.-]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])"), 1, 4),
            new Format("GitHub token", List.of("ghp_", "gho_", "ghu_", "ghs_", "ghr_"), Pattern.compile("\\b(gh[pousr]_[A-Za-z0-9]{36,251})\\b"), 1),
            new Format("GitHub fine-grained token", "github_pat_", Pattern.compile(
                    "\\b(github_pat_[A-Za-z0-9_]{82})\\b"), 1),
            new Format("GitLab token", List.of("glpat-", "gldt-", "glrt-", "glptt-", "glcbt-", "gloas-"), Pattern.compile("\\b(gl(?:pat|dt|rt|ptt|cbt|oas)-[A-Za-z0-9_-]{20,64})"), 1),
            new Format("Slack token", "xox", Pattern.compile("\\b(xox[abposre]-[0-9A-Za-z-]{10,250})"), 1),
            new Format("Slack webhook URL", "hooks.slack.com", Pattern.compile(
                    "(https://hooks\\.slack\\.com/services/T[A-Z0-9]{6,12}/B[A-Z0-9]{6,12}/[A-Za-z0-9]{20,32})"), 1, 8),
            new Format("npm token", "npm_", Pattern.compile("\\b(npm_[A-Za-z0-9]{36})\\b"), 1),
            new Format("PyPI token", "pypi-", Pattern.compile("\\b(pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,300})"), 1),
            new Format("Stripe live key", "_live_", Pattern.compile("\\b((?:sk|rk)_live_[A-Za-z0-9]{24,99})\\b"), 1, 2),
            new Format("Anthropic API key", "sk-ant-", Pattern.compile("\\b(sk-ant-[a-z]{3,6}[0-9]{2}-[A-Za-z0-9_-]{80,120})"), 1),
            new Format("OpenAI API key", "sk-", Pattern.compile(
                    "\\b(sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{16,200}T3BlbkFJ[A-Za-z0-9_-]{16,200})"), 1),
            new Format("Hugging Face token", "hf_", Pattern.compile("\\b(hf_[A-Za-z]{34})\\b"), 1),
            new Format("SendGrid API key", "SG.", Pattern.compile("\\b(SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43})"), 1),
            new Format("JSON Web Token", "eyJ", Pattern.compile(
                    "\\b(eyJ[A-Za-z0-9_-]{8,2000}\\.eyJ[A-Za-z0-9_-]{8,4000}\\.[A-Za-z0-9_-]{16,1000})"), 1));
    private static final Pattern PRIVATE_KEY = Pattern.compile(
            "-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----");
    private static final Pattern KEY_LINE = Pattern.compile("[A-Za-z0-9+/=]{60,}");
    private static final Pattern DATABASE_URL = Pattern.compile(
            "\\b((?:postgres|postgresql|mysql|mariadb|mongodb(?:\\+srv)?|redis|rediss|amqp|amqps|mssql|sqlserver)://"
                    + "[A-Za-z0-9._%-]{1,64}):([^@/\\s\"'`]{4,128})@");
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "(?i)(?<![A-Za-z0-9])([A-Za-z0-9_.-]{0,30}(?:password|passwd|pwd|secret|api[_-]?key|apikey|access[_-]?key"
                    + "|access[_-]?token|auth[_-]?token|client[_-]?secret|private[_-]?key|bearer[_-]?token))[\"']?"
                    + "[ \\t]{0,3}(?::=|=>|[:=])[ \\t]{0,3}([\"'])([^\"'\\s]{8,200})\\2");
    /**
     * What every match of {@link #ASSIGNMENT} contains, in ASCII lower case ({@code (?i)} without
     * UNICODE_CASE folds ASCII only), at most {@link #ASSIGNMENT_BEFORE} characters after its start: only the
     * offsets just before each of these are tried, which finds the same matches as a search of the whole text.
     */
    private static final List<String> ASSIGNMENT_WORDS = List.of("passw", "pwd", "secret", "api", "access", "auth",
            "private", "bearer");
    private static final Pattern ENV_LINE = Pattern.compile(
            "(?m)^[ \\t]{0,8}(?:export[ \\t]{1,4})?([A-Z0-9_]{0,40}(?:PASSWORD|PASSWD|SECRET|API_KEY|APIKEY|TOKEN"
                    + "|ACCESS_KEY)[A-Z0-9_]{0,40})=([^\\s\"'#;|&$`]{12,200})[ \\t]*$");
    /**
     * What every match of {@link #ENV_LINE} contains, in ASCII lower case (a superset of its upper-case names,
     * so the lines searched include every line it can match; a match never spans a line break).
     */
    private static final List<String> ENV_WORDS = List.of("password", "passwd", "secret", "api_key", "apikey",
            "token", "access_key");
    /** The longest scheme {@link #DATABASE_URL} knows, {@code mongodb+srv}: its matches start at most this far before "://". */
    private static final int LONGEST_SCHEME = "mongodb+srv".length();
    private static final Pattern BEARER = Pattern.compile("Bearer[ \\t]{1,4}([A-Za-z0-9._~+/-]{24,500}=*)");
    /**
     * The most characters a match of {@link #ASSIGNMENT} has before one of {@link #ASSIGNMENT_WORDS}: 30 name
     * characters, then {@code client_} before {@code secret}.
     */
    private static final int ASSIGNMENT_BEFORE = 30 + "client_".length();
    /**
     * The most characters a match of {@link #PRIVATE_KEY} has before "PRIVATE KEY": {@code -----BEGIN ENCRYPTED }.
     */
    private static final int PRIVATE_KEY_BEFORE = "-----BEGIN ENCRYPTED ".length();
    /**
     * Every literal the rule looks for, found in one pass over each file: the formats' literals in format order,
     * then "PRIVATE KEY", "://", "Bearer", and the words of {@link #ASSIGNMENT_WORDS} and {@link #ENV_WORDS} in
     * either case. One pass instead of one per literal, word list and prefilter matters for a file of megabytes.
     */
    private static final LiteralOffsets LITERALS = LiteralOffsets.of(literals());

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** Runs on files over the analysis limit too (literal prefilters, then patterns anchored on what they found): a file must not hide a payload by its size. */
    @Override
    public boolean scansOversizedFiles() {
        return true;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        double threshold = context.options().get(ENTROPY_THRESHOLD);
        List<String> placeholders = context.options().get(PLACEHOLDERS_OPTION);
        for (SkillText file : SkillText.of(skill)) {
            String text = file.text();
            List<int[]> reported = new ArrayList<>();
            int[][] found = LITERALS.in(text);
            int literal = 0;
            for (Format format : FORMATS) {
                int[] anchors = merged(found, literal, format.literals().size());
                literal += format.literals().size();
                if (anchors.length == 0) {
                    continue;
                }
                Matcher m = format.pattern().matcher(text);
                AnchoredMatches anchored = format.before() < 0 ? null
                        : new AnchoredMatches(m, text, anchors, format.before());
                while (anchored == null ? m.find() : anchored.find()) {
                    String value = m.group(format.group());
                    if (structuredPlaceholder(format, value) || exampleLine(file, m.start(format.group()))) {
                        continue;
                    }
                    report(file, m.start(format.group()), m.end(format.group()), format.name(), value, reported,
                            context);
                }
            }
            int[] privateKeys = found[literal++];
            int[] schemes = found[literal++];
            int[] bearers = found[literal++];
            int[] assignmentWords = merged(found, literal, ASSIGNMENT_WORDS.size());
            literal += ASSIGNMENT_WORDS.size();
            int[] envWords = merged(found, literal, ENV_WORDS.size());
            if (privateKeys.length > 0) {
                Matcher m = PRIVATE_KEY.matcher(text);
                AnchoredMatches blocks = new AnchoredMatches(m, text, privateKeys, PRIVATE_KEY_BEFORE);
                while (blocks.find()) {
                    String window = text.substring(m.end(), Math.min(text.length(), m.end() + 600))
                            .replace("\\n", "\n");
                    Matcher lines = KEY_LINE.matcher(window);
                    int full = 0;
                    while (lines.find()) {
                        full++;
                    }
                    if (full >= 2) {
                        reported.add(new int[] {m.start(), m.end()});
                        context.report(file.lines().span(m.start(), m.end() - m.start()), String.format("'%s' "
                                + "block holds key material; anyone who installs the skill holds the key: remove it, "
                                + "revoke the key and load keys from the user's environment", m.group()));
                    }
                }
            }
            Matcher url = DATABASE_URL.matcher(text);
            AnchoredMatches urls = new AnchoredMatches(url, text, schemes, LONGEST_SCHEME);
            while (urls.find()) {
                String password = url.group(2);
                if (!genericPlaceholder(password, placeholders) && Entropy.adjusted(password) >= threshold - 0.5) {
                    report(file, url.start(2), url.end(2), "password in a " + url.group(1).substring(0,
                            url.group(1).indexOf(':')) + " URL", password, reported, context);
                }
            }
            Matcher assignment = ASSIGNMENT.matcher(text);
            AnchoredMatches assignments = new AnchoredMatches(assignment, text, assignmentWords, ASSIGNMENT_BEFORE);
            while (assignments.find()) {
                generic(file, assignment, 3, 1, threshold, placeholders, reported, context);
            }
            // ENV_LINE is anchored at line starts, which (?m) also sees after a CR or U+2028: search whole lines
            genericOnLines(file, ENV_LINE, envWords, 2, 1, threshold, placeholders, reported, context);
            Matcher bearer = BEARER.matcher(text);
            AnchoredMatches tokens = new AnchoredMatches(bearer, text, bearers, 0);
            while (tokens.find()) {
                generic(file, bearer, 1, 0, threshold, placeholders, reported, context);
            }
        }
    }

    private static List<LiteralOffsets.Literal> literals() {
        List<LiteralOffsets.Literal> all = new ArrayList<>();
        FORMATS.forEach(format -> format.literals().forEach(l -> all.add(LiteralOffsets.Literal.exact(l))));
        all.add(LiteralOffsets.Literal.exact("PRIVATE KEY"));
        all.add(LiteralOffsets.Literal.exact("://"));
        all.add(LiteralOffsets.Literal.exact("Bearer"));
        ASSIGNMENT_WORDS.forEach(word -> all.add(LiteralOffsets.Literal.anyCase(word)));
        ENV_WORDS.forEach(word -> all.add(LiteralOffsets.Literal.anyCase(word)));
        return all;
    }

    /** The offsets of {@code count} literals from index {@code first} of {@code found}, merged. */
    private static int[] merged(int[][] found, int first, int count) {
        return LiteralOffsets.merged(Arrays.copyOfRange(found, first, first + count));
    }

    /** {@link #generic} for a pattern whose matches stay on one line and contain one of some words. */
    private static void genericOnLines(SkillText file, Pattern pattern, int[] words, int valueGroup,
                                       int nameGroup, double threshold, List<String> placeholders,
                                       List<int[]> reported, RuleContext context) {
        String text = file.text();
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int[] line : KeywordLines.around(text, words)) {
            m.region(line[0], line[1]);
            while (m.find()) {
                generic(file, m, valueGroup, nameGroup, threshold, placeholders, reported, context);
            }
        }
    }

    private static void generic(SkillText file, Matcher m, int valueGroup, int nameGroup, double threshold,
                                List<String> placeholders, List<int[]> reported, RuleContext context) {
        String value = m.group(valueGroup);
        if (genericPlaceholder(value, placeholders) || Entropy.adjusted(value) < threshold
                || !value.chars().anyMatch(Character::isDigit) || !value.chars().anyMatch(Character::isLetter)) {
            return;
        }
        String what = nameGroup == 0 ? "bearer token" : "value of '" + CodePoints.asciiOnly(m.group(nameGroup), 40) + "'";
        report(file, m.start(valueGroup), m.end(valueGroup), what, value, reported, context);
    }

    private static void report(SkillText file, int start, int end, String what, String value, List<int[]> reported,
                               RuleContext context) {
        for (int[] r : reported) {
            if (start < r[1] && end > r[0]) {
                return;
            }
        }
        reported.add(new int[] {start, end});
        context.report(file.lines().span(start, end - start), String.format("%s %s looks like a real credential; "
                + "anyone who installs the skill can use it: remove it, revoke it, and read it from the environment "
                + "instead", what, mask(value)));
    }

    /**
     * @param value a secret
     * @return its first four characters and its length, never the whole value
     */
    static String mask(String value) {
        String head = CodePoints.asciiOnly(value.substring(0, Math.min(4, value.length() / 3)), 20);
        return "'" + head + "\u2026' (" + value.length() + " characters)";
    }

    private static boolean structuredPlaceholder(Format format, String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.contains("example") || lower.contains("xxxx") || lower.contains("0000000") || lower.contains("1234567")
                || lower.contains("abcdefgh") || lower.contains("placeholder") || lower.contains("your")
                || lower.contains("redacted") || lower.contains("dummy") || lower.contains("fake")) {
            return true;
        }
        if (sequential(value.substring(Math.min(value.length(), 4)))) {
            return true;
        }
        if (format.name().equals("JSON Web Token")) {
            return sampleJwt(value);
        }
        int body = Math.min(value.length(), Math.max(0, value.indexOf('_') + 1));
        return Entropy.bits(value, body, value.length()) < 3.0;
    }

    /** A line that introduces the value as an example or a format ("Example: AIza…") shows no secret. */
    private static boolean exampleLine(SkillText file, int offset) {
        int line = file.lines().lineIndexOf(offset);
        String before = file.text().substring(file.lines().lineStart(line), offset).toLowerCase(Locale.ROOT);
        return before.contains("example") || before.contains("sample") || before.contains("placeholder")
                || before.contains("format") || before.contains("e.g.") || before.contains("looks like");
    }

    /**
     * @param value a candidate secret
     * @return whether it is mostly a counting sequence (abcdef, A1B2C3, 123456), which people type as filler
     */
    static boolean sequential(String value) {
        int steps = 0;
        for (int i = 0; i + 1 < value.length(); i++) {
            if (value.charAt(i + 1) == value.charAt(i) + 1
                    || i + 2 < value.length() && value.charAt(i + 2) == value.charAt(i) + 1) {
                steps++;
            }
        }
        return value.length() > 8 && steps > value.length() * 0.5;
    }

    /** The JWT everyone copies from jwt.io (subject 1234567890, John Doe) is an example, not a credential. */
    private static boolean sampleJwt(String value) {
        String[] parts = value.split("\\.");
        try {
            String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            return payload.contains("1234567890") || payload.contains("John Doe") || payload.contains("example");
        } catch (IllegalArgumentException e) {
            // not base64url: not a token at all
            return true;
        }
    }

    private static boolean genericPlaceholder(String value, List<String> placeholders) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (value.chars().distinct().count() <= 2 || sequential(value)) {
            return true;
        }
        if (value.startsWith("$") || value.startsWith("%") || value.contains("${") || value.contains("{{")
                || value.contains("<") || value.contains("(") || value.startsWith("process.")
                || value.startsWith("os.") || value.contains("getenv")) {
            return true;
        }
        for (String p : placeholders) {
            if (lower.contains(p)) {
                return true;
            }
        }
        return false;
    }
}
