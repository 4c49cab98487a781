package app.headsup.screening;

import java.util.List;

/** What the giver told us about their hands, health and allergies. */
public record GiverAnswers(List<String> conditions, List<String> allergies) {

    public GiverAnswers {
        conditions = List.copyOf(conditions);
        allergies = List.copyOf(allergies);
    }
}
