package app.headsup.rules.facts;

import java.util.Set;

/** An oil the people mean to use, with what the allergy rules need to know of it. */
public record RequestedOil(String code, boolean essential, Set<String> families) {

    public RequestedOil {
        families = Set.copyOf(families);
    }
}
