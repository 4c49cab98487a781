package app.headsup.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.headsup.HeadsUpApplication;
import app.headsup.intake.account.Accounts;
import app.headsup.intake.account.LoginLimit;
import app.headsup.intake.account.Role;
import app.headsup.intake.client.Clients;
import app.headsup.intake.prefill.PrefillLinks;
import app.headsup.intake.prefill.PrefillState;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances of the app on one database, as behind a load balancer: a pre-fill link made on one is
 * completed through the other's web page, and a sign-in pause counted on one holds on the other.
 * Uses the real PostgreSQL when HEADSUP_TEST_POSTGRES_URL is set (.ci/run sets it), else one H2 file.
 */
class TwoInstancesTest {

    @TempDir
    static Path folder;

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoInstancesOnOneDatabase() {
        first = start();
        second = start();
    }

    @AfterAll
    static void stop() {
        for (var instance : new ConfigurableApplicationContext[] {second, first}) {
            if (instance != null) {
                instance.close();
            }
        }
    }

    private static ConfigurableApplicationContext start() {
        var args = new ArrayList<>(
                List.of("--server.port=0", "--vaadin.devmode.devTools.enabled=false", "--spring.main.banner-mode=off"));
        String postgres = System.getenv("HEADSUP_TEST_POSTGRES_URL");
        if (postgres != null && postgres.startsWith("jdbc:postgresql:")) {
            args.addAll(List.of(
                    "--spring.profiles.active=postgres",
                    "--spring.datasource.url=" + postgres,
                    "--spring.datasource.username="
                            + System.getenv().getOrDefault("HEADSUP_TEST_POSTGRES_USER", "headsup"),
                    "--spring.datasource.password="
                            + System.getenv().getOrDefault("HEADSUP_TEST_POSTGRES_PASSWORD", "headsup")));
        } else {
            args.add("--spring.datasource.url=jdbc:h2:file:"
                    + folder.resolve("shared").toAbsolutePath() + ";AUTO_SERVER=TRUE");
        }
        return new SpringApplicationBuilder(HeadsUpApplication.class).run(args.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext instance) {
        return Integer.parseInt(instance.getEnvironment().getRequiredProperty("local.server.port"));
    }

    @Test
    void aLinkMadeOnOneInstanceIsCompletedThroughTheOther() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        var tess = first.getBean(Accounts.class)
                .create("test", "tess-" + suffix, "Tess", "tess-long-password", Role.THERAPIST);
        var clara = first.getBean(Clients.class).add(tess, "Clara Client", null, LocalDate.of(1990, 4, 2));
        var made = first.getBean(PrefillLinks.class).create(tess, clara.id());

        try (var browser = new Browser()) {
            var page = browser.open("http://localhost:" + port(second) + "/prefill/" + made.token(), 1280, 900);
            assertThat(page.locator("main")).containsText("Tess asked you");
            page.getByText("Yes, I'd like that").click();
            while (page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next"))
                            .count()
                    > 0) {
                Steps.next(page);
            }
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send to Tess"))
                    .click();
            assertThat(page.locator("#prefill-message")).containsText("Your answers are with Tess");
        }

        var seenOnTheFirst =
                first.getBean(PrefillLinks.class).of(tess, clara.id()).getFirst();
        assertThat(seenOnTheFirst.stateAt(seenOnTheFirst.createdAt())).isEqualTo(PrefillState.COMPLETED);
        assertThat(first.getBean(PrefillLinks.class)
                        .completedAnswers(tess, clara.id(), made.link().id()))
                .hasValueSatisfying(sent -> assertThat(sent.consent()).isTrue());
        assertThat(first.getBean(JdbcTemplate.class)
                        .queryForList(
                                "select action from audit_entry where subject = ? order by id",
                                String.class,
                                "prefill link " + made.link().id()))
                .containsExactly("PREFILL_LINK_CREATED", "PREFILL_LINK_OPENED", "PREFILL_LINK_COMPLETED");
    }

    @Test
    void wrongPasswordsCountedOnOneInstancePauseTheNameOnTheOther() {
        String name = "guessed-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 5; i++) {
            first.getBean(LoginLimit.class).failed(name, "192.0.2." + i);
        }
        assertThat(second.getBean(LoginLimit.class).blocked(name)).isTrue();
        assertThat(second.getBean(LoginLimit.class).blocked("someone-else")).isFalse();
    }
}
