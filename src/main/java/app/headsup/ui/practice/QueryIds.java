package app.headsup.ui.practice;

import com.vaadin.flow.router.QueryParameters;
import org.jspecify.annotations.Nullable;

/** A record id given in a page's query (?prefill=12); anything else in it is ignored, as if not given. */
final class QueryIds {

    private QueryIds() {}

    static @Nullable Long of(QueryParameters query, String name) {
        return query.getSingleParameter(name)
                .filter(value -> value.matches("\\d{1,18}"))
                .map(Long::valueOf)
                .orElse(null);
    }
}
