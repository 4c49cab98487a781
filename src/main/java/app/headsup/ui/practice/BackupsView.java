package app.headsup.ui.practice;

import app.headsup.intake.storage.Backup;
import app.headsup.intake.storage.Backups;
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
        add(new H1("Backups"));
        if (!backups.available()) {
            add(new Paragraph("This practice keeps its records in PostgreSQL, which backs them up with its own "
                    + "tools: a nightly pg_dump, or point-in-time recovery for a larger practice. docs/security.md "
                    + "(Backups and restore) says how, and how to restore."));
            return;
        }
        var settings = backups.settings();
        String when = settings.dailyAt()
                .map(time -> "every night at " + time + " (server time)")
                .orElse("on the schedule " + settings.cron());
        add(
                new Paragraph("A backup of every record is made " + when + " into "
                        + backups.folder().orElseThrow() + " and kept for "
                        + settings.keep().getDays()
                        + " days. Each is encrypted with the database's key: keep a copy of the key apart from "
                        + "the backups, or they cannot be read. Restoring one: stop HeadsUp, then run "
                        + "bin/headsup restore with the backup's file (docs/security.md, Backups and restore)."),
                backUpButton(),
                message);
        message.setId("backup-message");
        list.addTextColumn("Made", backup -> WHEN.format(backup.madeAt().atZone(ZoneId.systemDefault())))
                .addTextColumn("File", Backup::name)
                .addTextColumn("Size", backup -> kilobytes(backup.bytes()));
        list.setId("backups");
        add(list);
        refresh();
    }

    private Button backUpButton() {
        var button = new Button("Back up now", e -> {
            try {
                var made = backups.backUp(signedIn.account().username());
                message.setText("Backup made: " + made.name() + " (" + kilobytes(made.bytes()) + ").");
            } catch (RuntimeException failed) {
                message.setText("The backup could not be made: " + failed.getMessage()
                        + ". Nothing was changed; the earlier backups are still there.");
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
        return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }

    private void refresh() {
        list.setItems(backups.list());
    }
}
