package app.headsup.intake.record;

import app.headsup.screening.Screening;
import app.headsup.screening.ScreeningRequest;
import java.util.List;

/** A signed intake read back: the row, the request and the result exactly as stored, and its notes. */
public record StoredIntake(Intake intake, ScreeningRequest request, Screening result, List<IntakeNote> notes) {}
