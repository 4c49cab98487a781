package app.headsup.ui.practice;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * A short list that reads as a table on a wide screen and as one card per item on a phone, where a
 * grid would cut its last columns (and their buttons) off. Table semantics come from ARIA roles; on a
 * phone each cell shows its column's name in front (CSS, from {@code data-label}, so not in the text).
 * For lists a practice keeps short (accounts, a client's links); long, paged lists stay grids.
 */
class CardTable<T> extends Div {

    private record Column<T>(String header, Function<T, Component> cell) {}

    private final List<Column<T>> columns = new ArrayList<>();

    CardTable() {
        addClassName("card-table");
        getElement().setAttribute("role", "table");
    }

    CardTable<T> addColumn(String header, Function<T, Component> cell) {
        columns.add(new Column<>(header, cell));
        return this;
    }

    CardTable<T> addTextColumn(String header, Function<T, String> text) {
        return addColumn(header, item -> new Span(text.apply(item)));
    }

    void setItems(Collection<T> items) {
        removeAll();
        getStyle().set("--card-table-columns", String.valueOf(columns.size()));
        var headers = row();
        headers.addClassName("card-table-headers");
        for (Column<T> column : columns) {
            var header = new Div(new Span(column.header()));
            header.getElement().setAttribute("role", "columnheader");
            headers.add(header);
        }
        add(headers);
        for (T item : items) {
            var row = row();
            for (Column<T> column : columns) {
                var cell = new Div(column.cell().apply(item));
                cell.addClassName("card-table-cell");
                cell.getElement().setAttribute("role", "cell");
                cell.getElement().setAttribute("data-label", column.header());
                row.add(cell);
            }
            add(row);
        }
    }

    private static Div row() {
        var row = new Div();
        row.addClassName("card-table-row");
        row.getElement().setAttribute("role", "row");
        return row;
    }
}
