package dev.skillpack.validator.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The SARIF report validates against the official SARIF 2.1.0 schema, and the JSON report against
 * docs/report.schema.json; each schema also rejects a broken document, so the check can fail.
 */
class SchemaValidationTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static Schema schema(Path file, SpecificationVersion version) throws IOException {
        JsonNode node = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        return SchemaRegistry.withDefaultDialect(version).getSchema(node);
    }

    @Test
    void sarifReportMatchesTheOfficialSchema() throws IOException {
        Schema schema = schema(Path.of("src/test/resources/sarif/sarif-schema-2.1.0.json"), SpecificationVersion.DRAFT_4);
        JsonNode sarif = MAPPER.readTree(ReportGoldenTest.render(ReportFormat.SARIF).out());
        assertThat(sarif.path("runs").get(0).path("results").size()).isEqualTo(6);
        List<Error> errors = schema.validate(sarif);
        assertThat(errors).isEmpty();

        ObjectNode broken = (ObjectNode) sarif.deepCopy();
        ((ObjectNode) broken.path("runs").get(0).path("results").get(0)).put("level", "fatal");
        assertThat(schema.validate(broken)).isNotEmpty();
    }

    @Test
    void jsonReportMatchesTheDocumentedSchema() throws IOException {
        Schema schema = schema(Path.of("../docs/report.schema.json"), SpecificationVersion.DRAFT_2020_12);
        JsonNode json = MAPPER.readTree(ReportGoldenTest.render(ReportFormat.JSON).out());
        assertThat(json.path("findings").size()).isEqualTo(6);
        assertThat(schema.validate(json)).isEmpty();

        ObjectNode broken = (ObjectNode) json.deepCopy();
        ((ObjectNode) broken.path("findings").get(0)).put("line", 0);
        assertThat(schema.validate(broken)).isNotEmpty();
        ObjectNode extra = (ObjectNode) json.deepCopy();
        extra.put("unexpected", true);
        assertThat(schema.validate(extra)).isNotEmpty();
    }
}
