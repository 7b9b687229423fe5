package cn.tongban.web.statistics;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.util.List;
import java.util.function.Function;

/**
 * A Chart.js configuration, as {@code p:chart} takes it: a chart type, labels and data sets. The text is written
 * into the page's script, so every "<" is escaped, whatever a department's or matter's name holds.
 */
final class ChartJson {

    /** The palette of the portal's charts, one colour per data set in order. */
    private static final List<String> COLOURS = List.of("#1f4e79", "#2e7d32", "#c77c02", "#7b3fa0", "#c62828");

    private final String type;
    private final JsonArrayBuilder labels = Json.createArrayBuilder();
    private final JsonArrayBuilder datasets = Json.createArrayBuilder();
    private int count;

    private ChartJson(String type) {
        this.type = type;
    }

    static ChartJson bar() {
        return new ChartJson("bar");
    }

    static ChartJson line() {
        return new ChartJson("line");
    }

    <T> ChartJson labels(List<T> items, Function<T, String> label) {
        items.forEach(item -> labels.add(label.apply(item)));
        return this;
    }

    /** A data set of whole numbers, one per label. */
    <T> ChartJson counts(String label, List<T> items, Function<T, Long> value) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        items.forEach(item -> data.add(value.apply(item)));
        return dataset(label, data);
    }

    /** A data set of decimals, one per label; a missing value leaves a gap. */
    <T> ChartJson decimals(String label, List<T> items, Function<T, Double> value) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        items.forEach(item -> {
            Double v = value.apply(item);
            if (v == null) {
                data.addNull();
            } else {
                data.add(v);
            }
        });
        return dataset(label, data);
    }

    private ChartJson dataset(String label, JsonArrayBuilder data) {
        String colour = COLOURS.get(count++ % COLOURS.size());
        JsonObjectBuilder set = Json.createObjectBuilder().add("label", label).add("data", data)
                .add("backgroundColor", colour).add("borderColor", colour);
        if ("line".equals(type)) {
            set.add("fill", false).add("tension", 0);
        }
        datasets.add(set);
        return this;
    }

    /** The configuration; y from zero, whole steps for counts unless {@code maxY} bounds a scale such as stars. */
    String toJson(Integer maxY) {
        JsonObjectBuilder y = Json.createObjectBuilder().add("beginAtZero", true);
        if (maxY != null) {
            y.add("max", maxY);
        } else {
            y.add("ticks", Json.createObjectBuilder().add("precision", 0));
        }
        String json = Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("scales", Json.createObjectBuilder().add("y", y)))
                .build().toString();
        return json.replace("<", "\\u003c");
    }
}
