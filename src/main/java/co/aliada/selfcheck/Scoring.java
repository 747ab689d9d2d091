package co.aliada.selfcheck;

import java.util.List;
import java.util.Map;

import co.aliada.content.YamlReader;
import tools.jackson.databind.JsonNode;

/** Reads the calibration data of {@code selfcheck.yml}: thresholds, the below-commitment mark, the baseline. */
final class Scoring {

    private Scoring() {
    }

    static List<Double> thresholds(YamlReader read) {
        String at = "/scoring/thresholds";
        List<Double> values = read.each(at, "scoring.thresholds", (p, i) -> number(read, p, "threshold"));
        if (read.at(at).isArray() && read.at(at).size() != 4) {
            read.problem(at, "scoring.thresholds needs 4 numbers (the lowest average of levels 2, 3, 4 and 5), found "
                    + read.at(at).size());
        }
        for (int i = 0; i < values.size(); i++) {
            double previous = i == 0 ? 0 : values.get(i - 1);
            if (values.get(i) <= previous || values.get(i) > 4) {
                read.problem(at + "/" + i, "thresholds must ascend within 0–4: " + values.get(i)
                        + " is not above " + previous);
            }
        }
        return values;
    }

    static double belowCommitment(YamlReader read, List<Double> thresholds) {
        Double value = number(read, "/scoring/belowCommitment", "scoring.belowCommitment");
        if (value == null) {
            return 0;
        }
        if (value < 0 || (!thresholds.isEmpty() && value >= thresholds.get(0))) {
            read.problem("/scoring/belowCommitment", "belowCommitment must be from 0 up to below the first threshold");
        }
        return value;
    }

    static Map<String, Integer> baseline(YamlReader read) {
        JsonNode node = read.at("/baseline");
        if (!node.isObject()) {
            read.problem("/baseline", "baseline needs the study's number of companies per level");
            return Map.of();
        }
        Map<String, Integer> counts = SelfCheckLoader.counts(read, "/baseline", node);
        if (counts.values().stream().mapToInt(Integer::intValue).sum() == 0) {
            read.problem("/baseline", "baseline counts no company at all");
        }
        return counts;
    }

    private static Double number(YamlReader read, String at, String what) {
        JsonNode node = read.at(at);
        if (!node.isNumber()) {
            read.problem(at, what + " must be a number");
            return null;
        }
        return node.asDouble();
    }
}
