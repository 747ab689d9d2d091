package co.aliada.admin;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every figure for one filter, with the choices the filter offers (sectors and municipalities that
 * appear in the data, id → label).
 */
record Figures(FigureFilter filter, List<Figure> all, Map<String, String> sectors, Map<String, String> municipalities) {

    Figures {
        all = List.copyOf(all);
    }

    Optional<Figure> byId(String id) {
        return all.stream().filter(f -> f.id().equals(id)).findFirst();
    }
}
