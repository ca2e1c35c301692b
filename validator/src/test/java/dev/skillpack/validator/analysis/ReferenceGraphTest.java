package dev.skillpack.validator.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.core.model.Skill;
import dev.skillpack.core.parse.SkillParser;
import dev.skillpack.core.source.MemorySkillSource;
import dev.skillpack.validator.analysis.ReferenceGraph.EdgeKind;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReferenceGraphTest {
    private static final String FRONT = "---\nname: demo\ndescription: Demo. Use when testing.\n---\n";

    private static ReferenceGraph graph(String body, String... files) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("demo/SKILL.md", FRONT + body);
        for (int i = 0; i < files.length; i += 2) {
            all.put("demo/" + files[i], files[i + 1]);
        }
        Skill skill = SkillParser.create().parsePack(MemorySkillSource.ofText("skills", all)).skills().get(0);
        return ReferenceGraph.of(skill);
    }

    @Test
    void linksAndWrittenPathsReachFilesAtDepthOne() {
        ReferenceGraph g = graph("See [a](references/a.md) and run `python scripts/b.py`.\n",
                "references/a.md", "# A\n", "scripts/b.py", "print(1)\n", "references/c.md", "# C\n");
        assertThat(g.depth("SKILL.md")).hasValue(0);
        assertThat(g.depth("references/a.md")).hasValue(1);
        assertThat(g.firstEdge("references/a.md").orElseThrow().kind()).isEqualTo(EdgeKind.LINK);
        assertThat(g.firstEdge("scripts/b.py").orElseThrow().kind()).isEqualTo(EdgeKind.PATH);
        assertThat(g.reached("references/c.md")).isFalse();
    }

    @Test
    void aBareFolderWordReachesNothingButAFolderPathReachesEverythingBelowIt() {
        ReferenceGraph word = graph("See the references folder.\n", "references/a.md", "# A\n");
        assertThat(word.reached("references/a.md")).isFalse();
        ReferenceGraph path = graph("See `references/` and ./fonts for more.\n", "references/a.md", "# A\n",
                "fonts/x.ttf", "font");
        assertThat(path.firstEdge("references/a.md").orElseThrow().kind()).isEqualTo(EdgeKind.FOLDER);
        assertThat(path.reached("fonts/x.ttf")).isTrue();
    }

    @Test
    void chainsAreOneLevelDeeperAndPathsResolveRelativeToTheNamingFile() {
        ReferenceGraph g = graph("Start with [guide](docs/guide.md).\n", "docs/guide.md", "Then read detail.md.\n",
                "docs/detail.md", "# Detail\n");
        assertThat(g.depth("docs/detail.md")).hasValue(2);
        assertThat(g.firstEdge("docs/detail.md").orElseThrow().source()).isEqualTo("docs/guide.md");
    }

    @Test
    void pathsInsideTemplatesAndLongerPathsCountAndCaseIsIgnored() {
        ReferenceGraph g = graph("Read {baseDir}/references/A.md then /opt/skills/demo/references/b.md.\n",
                "references/a.md", "# A\n", "references/b.md", "# B\n");
        assertThat(g.reached("references/a.md")).isTrue();
        assertThat(g.reached("references/b.md")).isTrue();
    }

    @Test
    void pythonImportsReachModulesAndPackages() {
        ReferenceGraph g = graph("Run `python scripts/run.py`.\n\n```python\nfrom scripts.lib import tool\n```\n",
                "scripts/run.py", "import common\nfrom .pkg import (\n    one,\n    two,\n)\n",
                "scripts/common.py", "", "scripts/pkg/__init__.py", "", "scripts/pkg/one.py", "",
                "scripts/pkg/two.py", "", "scripts/lib/tool.py", "", "scripts/unused.py", "");
        for (String reached : new String[] {"scripts/common.py", "scripts/pkg/__init__.py", "scripts/pkg/one.py",
                "scripts/pkg/two.py", "scripts/lib/tool.py"}) {
            assertThat(g.reached(reached)).as(reached).isTrue();
        }
        assertThat(g.reached("scripts/unused.py")).isFalse();
    }

    @Test
    void aPathWithoutItsExtensionIsRecordedAsSuch() {
        ReferenceGraph g = graph("Run `python scripts/check`.\n", "scripts/check.py", "");
        assertThat(g.firstEdge("scripts/check.py").orElseThrow().kind()).isEqualTo(EdgeKind.NO_EXTENSION);
        ReferenceGraph word = graph("Install the requirements.\n", "requirements.txt", "x\n");
        assertThat(word.reached("requirements.txt")).isFalse();
    }

    @Test
    void clientMetadataIsAStartingPointAndHiddenFilesAreIgnored() {
        ReferenceGraph g = graph("Nothing here.\n", "agents/openai.yaml", "icon: assets/logo.svg\n",
                "assets/logo.svg", "<svg/>", ".DS_Store", "x", "scripts/__pycache__/a.pyc", "x");
        assertThat(g.reached("assets/logo.svg")).isTrue();
        assertThat(g.files()).doesNotContain(".DS_Store", "scripts/__pycache__/a.pyc");
    }
}
