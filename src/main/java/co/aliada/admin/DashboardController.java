package co.aliada.admin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.aliada.conversation.Texts;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /admin}: the programme's figures from live data, server-rendered in Spanish with a chart per
 * figure and a filter by dates, sector and municipality; {@code /admin/figures.csv} downloads the same
 * figures. Behind HTTP basic auth (user {@code admin}, password {@code aliada.admin.dashboard-password});
 * without a password the dashboard does not exist.
 */
@Controller
class DashboardController {

    private static final String LANG = Texts.SPANISH;
    private static final List<String> WORDS = List.of("title", "filters", "from", "to", "sector", "municipality",
            "all", "apply", "csv", "no-data", "item");

    private final AdminProperties admins;
    private final FiguresService figures;
    private final FigureLabels labels;

    DashboardController(AdminProperties admins, FiguresService figures, FigureLabels labels) {
        this.admins = admins;
        this.figures = figures;
        this.labels = labels;
    }

    @GetMapping("/admin")
    String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String sector, @RequestParam(required = false) String municipality,
                Model model) {
        check();
        FigureFilter filter = FigureFilter.of(from, to, sector, municipality);
        Figures computed = figures.compute(filter, LANG);
        String query = query(filter);
        Map<String, String> words = new LinkedHashMap<>();
        WORDS.forEach(w -> words.put(w, labels.text("admin.dashboard." + w, LANG)));
        model.addAttribute("t", words);
        model.addAttribute("filter", Map.of("from", filter.from() == null ? "" : filter.from().toString(),
                "to", filter.to() == null ? "" : filter.to().toString(),
                "sector", filter.sector() == null ? "" : filter.sector(),
                "municipality", filter.municipality() == null ? "" : FigureFilter.key(filter.municipality())));
        model.addAttribute("sectors", computed.sectors());
        model.addAttribute("municipalities", computed.municipalities());
        model.addAttribute("figures", computed.all().stream().map(f -> view(f, query)).toList());
        model.addAttribute("csvUrl", "/admin/figures.csv" + query);
        return "admin/dashboard";
    }

    @GetMapping(value = "/admin/figures.csv", produces = "text/csv;charset=UTF-8")
    @ResponseBody
    ResponseEntity<String> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                               @RequestParam(required = false) String sector,
                               @RequestParam(required = false) String municipality) {
        check();
        Figures computed = figures.compute(FigureFilter.of(from, to, sector, municipality), LANG);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"aliada-cifras.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(FiguresCsv.of(computed, labels.text("admin.csv.header", LANG)));
    }

    @GetMapping(value = "/admin/charts/{id}.png", produces = MediaType.IMAGE_PNG_VALUE)
    @ResponseBody
    ResponseEntity<byte[]> chart(@PathVariable String id,
                                 @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                 @RequestParam(required = false) String sector,
                                 @RequestParam(required = false) String municipality) {
        check();
        Figure figure = figures.compute(FigureFilter.of(from, to, sector, municipality), LANG).byId(id)
                .filter(Figure::hasChart)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(FigureCharts.png(figure));
    }

    private static Map<String, Object> view(Figure figure, String query) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", figure.id());
        view.put("title", figure.title());
        view.put("columns", figure.columns());
        List<Map<String, Object>> rows = new ArrayList<>();
        figure.rows().forEach(row -> rows.add(Map.of("label", row.label(),
                "cells", row.values().stream().map(Figure::format).toList())));
        view.put("rows", rows);
        view.put("empty", figure.isEmpty());
        view.put("chartUrl", figure.hasChart() ? "/admin/charts/" + figure.id() + ".png" + query : "");
        return view;
    }

    private static String query(FigureFilter filter) {
        List<String> parts = new ArrayList<>();
        if (filter.from() != null) {
            parts.add("from=" + filter.from());
        }
        if (filter.to() != null) {
            parts.add("to=" + filter.to());
        }
        if (filter.sector() != null) {
            parts.add("sector=" + URLEncoder.encode(filter.sector(), StandardCharsets.UTF_8));
        }
        if (filter.municipality() != null) {
            parts.add("municipality=" + URLEncoder.encode(filter.municipality(), StandardCharsets.UTF_8));
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    /** Off without a password (404); the login itself is Spring Security's (see {@code web.EdgeSecurity}). */
    private void check() {
        if (!admins.dashboardEnabled()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
