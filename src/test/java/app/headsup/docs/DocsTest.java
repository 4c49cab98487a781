package app.headsup.docs;

import static org.assertj.core.api.Assertions.assertThat;

import app.headsup.catalogue.CodeList;
import app.headsup.rules.facts.FindingKind;
import app.headsup.screening.Screening;
import app.headsup.screening.ScreeningRequest;
import app.headsup.screening.TestRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The project documents itself: docs/knowledge.md names every rule, oil and routine of the rule set it
 * describes, docs/api.md every field of the answer, and neither points outside the repository.
 */
class DocsTest {

    private static final Path DOCS = Path.of("docs");
    private final String knowledge = read("knowledge.md");
    private final String api = read("api.md");

    private static String read(String name) {
        try {
            return Files.readString(DOCS.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theKnowledgeDocNamesEveryRuleOilAndRoutine() {
        var rules = TestRules.ruleSet();
        assertThat(knowledge)
                .contains("rule set "
                        + rules.version().substring(0, rules.version().indexOf('+')));
        for (var rule : rules.rules()) {
            String named = rule.kind() == FindingKind.ALLERGY ? "(`" + rule.code() + "`)" : "`" + rule.rule() + "`";
            assertThat(knowledge).as(rule.rule()).contains(named);
        }
        rules.catalogues()
                .vocabulary()
                .codes(CodeList.OILS)
                .forEach(oil -> assertThat(knowledge).as(oil).contains("(`" + oil + "`)"));
        rules.catalogues()
                .vocabulary()
                .codes(CodeList.ROUTINES)
                .forEach(routine -> assertThat(knowledge).as(routine).contains("(`" + routine + "`)"));
    }

    @Test
    void theApiDocNamesEveryFieldOfTheAnswer() {
        for (var field : Screening.class.getRecordComponents()) {
            assertThat(api).as(field.getName()).contains("`" + field.getName() + "`");
        }
        for (var field : ScreeningRequest.class.getRecordComponents()) {
            assertThat(api).as(field.getName()).contains(field.getName());
        }
    }

    @Test
    void noDocumentPointsOutsideTheRepository() throws IOException {
        try (Stream<Path> files = Stream.concat(Stream.of(Path.of("README.md")), Files.walk(DOCS))) {
            files.filter(Files::isRegularFile)
                    .forEach(file -> assertThat(read(file))
                            .as(file.toString())
                            .doesNotContain("shared/")
                            .doesNotContain("../shared"));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
