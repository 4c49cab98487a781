package app.headsup.ui.practice;

import app.headsup.intake.storage.Backup;
import app.headsup.intake.storage.Backups;
import app.headsup.words.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The admin's backups: when they are made and kept, every backup there is, and one made now. On PostgreSQL
 * the database's own tools back up, and the page says so instead of offering a button that cannot work.
 */
@Route("practice/backups")
@PageTitle("Backups · HeadsUp")
@RolesAllowed("ADMIN")
public class BackupsView extends Main {

    private static final Texts TEXTS = Texts.english();

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(Locale.UK);

    private final Backups backups;
    private final SignedIn signedIn;
    private final CardTable<Backup> list = new CardTable<>();
    private final Paragraph message = new Paragraph();

    public BackupsView(Backups backups, SignedIn signedIn) {
        this.backups = backups;
        this.signedIn = signedIn;
        addClassName("headsup-page");
        add(new H1(TEXTS.get("backups.heading")));
        if (!backups.available()) {
            add(new Paragraph(TEXTS.get("backups.postgres")));
            return;
        }
        var settings = backups.settings();
        String when = settings.dailyAt()
                .map(time -> TEXTS.get("backups.daily", time.toString()))
                .orElse(TEXTS.get("backups.cron", settings.cron()));
        add(
                new Paragraph(TEXTS.get(
                        "backups.how",
                        when,
                        backups.folder().orElseThrow().toString(),
                        settings.keep().getDays())),
                backUpButton(),
                message);
        message.setId("backup-message");
        list.addTextColumn(
                        TEXTS.get("backups.made"),
                        backup -> WHEN.format(backup.madeAt().atZone(ZoneId.systemDefault())))
                .addTextColumn(TEXTS.get("backups.file"), Backup::name)
                .addTextColumn(TEXTS.get("backups.size"), backup -> kilobytes(backup.bytes()));
        list.setId("backups");
        add(list);
        refresh();
    }

    private Button backUpButton() {
        var button = new Button(TEXTS.get("backups.back-up-now"), e -> {
            try {
                var made = backups.backUp(signedIn.account().username());
                message.setText(TEXTS.get("backups.done", made.name(), kilobytes(made.bytes())));
            } catch (RuntimeException failed) {
                message.setText(TEXTS.get("backups.failed", failed.getMessage()));
            }
            refresh();
        });
        button.addThemeVariants(ButtonVariant.PRIMARY);
        button.setDisableOnClick(true);
        button.addClickListener(e -> button.setEnabled(true));
        button.setId("back-up-now");
        return button;
    }

    private static String kilobytes(long bytes) {
        return TEXTS.get("backups.kilobytes", String.valueOf(Math.max(1, Math.round(bytes / 1024.0))));
    }

    private void refresh() {
        list.setItems(backups.list());
    }
}
