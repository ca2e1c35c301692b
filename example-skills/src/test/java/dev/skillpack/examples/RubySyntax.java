package dev.skillpack.examples;

import static org.junit.jupiter.api.Assertions.fail;

import dev.skillpack.core.model.CodeExample;
import org.jruby.embed.LocalContextScope;
import org.jruby.embed.ParseFailedException;
import org.jruby.embed.ScriptingContainer;

/**
 * Ruby syntax checking without a ruby executable: JRuby's parser (jruby-complete from Maven Central), the
 * equivalent of {@code ruby -c}. The code is parsed, never run.
 */
final class RubySyntax {
    private static ScriptingContainer container;

    private RubySyntax() {
    }

    private static synchronized ScriptingContainer container() {
        if (container == null) {
            container = new ScriptingContainer(LocalContextScope.SINGLETHREAD);
        }
        return container;
    }

    /** Fails the test with the parser's message, pointing at the Markdown file and line, when the example does not parse. */
    static synchronized void check(String file, CodeExample example) {
        try {
            container().parse(example.code(), ExamplePack.firstCodeLine(example));
        } catch (ParseFailedException e) {
            fail("Ruby example at " + file + ":" + example.span().line() + " does not parse (JRuby "
                    + org.jruby.runtime.Constants.VERSION + ", Ruby " + org.jruby.runtime.Constants.RUBY_VERSION
                    + " syntax):\n" + e.getMessage());
        }
    }
}
