package co.aliada.challenge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import co.aliada.catalog.Catalog;
import co.aliada.catalog.Institution;
import co.aliada.catalog.Pillar;
import co.aliada.catalog.Service;
import co.aliada.conversation.ChatState;
import co.aliada.conversation.Command;
import co.aliada.conversation.CommandName;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Turn;
import co.aliada.matching.MatchResult;
import co.aliada.onboarding.Onboarding;

/**
 * {@code /servicios [pillar | service]}: the catalogue by pillar, a pillar's services, and who offers a
 * service, for anyone, also a person who declined consent. It reads only the catalogue and never
 * touches the chat's answers or step, so browsing stores nothing about the person; the buttons carry
 * the whole path ({@code /servicios <id>}).
 */
final class BrowseCommand implements Command {

    private static final int BUTTON = 60;
    private static final int DESCRIPTION = 400;

    private final Supplier<Catalog> catalog;

    BrowseCommand(Supplier<Catalog> catalog) {
        this.catalog = catalog;
    }

    static String data(String id) {
        return id == null ? CommandName.SERVICES.slash() : CommandName.SERVICES.slash(id);
    }

    @Override
    public List<String> names() {
        return CommandName.SERVICES.names();
    }

    @Override
    public void run(Turn turn, String args) {
        Catalog current = catalog.get();
        String id = args.strip();
        Optional<Pillar> pillar = current.pillar(id);
        Optional<Service> service = current.service(id);
        if (pillar.isPresent()) {
            pillar(turn, current, pillar.get());
        } else if (service.isPresent()) {
            service(turn, current, service.get());
        } else {
            pillars(turn, current);
        }
    }

    private void pillars(Turn turn, Catalog current) {
        List<Outbound.Button> buttons = current.pillars().stream()
                .map(p -> new Outbound.Button(Trim.words(p.name().in(turn.lang()), BUTTON), data(p.id()))).toList();
        List<List<Outbound.Button>> rows = new ArrayList<>(Turn.rows(1, buttons));
        send(turn, turn.text("browse.pillars"), rows);
    }

    private void pillar(Turn turn, Catalog current, Pillar pillar) {
        List<Service> services = current.services().stream().filter(s -> s.pillar().equals(pillar.id())).toList();
        String name = ServiceLines.esc(pillar.name().in(turn.lang()), RecommendationMessage.NAME);
        String text = services.isEmpty() ? turn.text("browse.pillar.empty", "pillar", name)
                : turn.text("browse.pillar", "pillar", name,
                "description", ServiceLines.esc(pillar.description().in(turn.lang()), DESCRIPTION));
        List<Outbound.Button> buttons = services.stream()
                .map(s -> new Outbound.Button(Trim.words(s.name().in(turn.lang()), BUTTON), data(s.id()))).toList();
        List<List<Outbound.Button>> rows = new ArrayList<>(Turn.rows(1, buttons));
        rows.add(List.of(turn.button("browse.button.pillars", data(null))));
        send(turn, text, rows);
    }

    /**
     * One service as browsing shows it, with the rows after its own: a catalogue service asked about after a list that
     * does not hold it ("cuénteme más de ciberseguridad") is shown so, with the way on below.
     */
    void show(Turn turn, Service service, List<List<Outbound.Button>> after) {
        service(turn, catalog.get(), service, after);
    }

    private void service(Turn turn, Catalog current, Service service) {
        service(turn, current, service, List.of());
    }

    private void service(Turn turn, Catalog current, Service service, List<List<Outbound.Button>> after) {
        List<String> lines = new ArrayList<>();
        lines.add(turn.text("browse.service", "name", ServiceLines.esc(service.name().in(turn.lang()), RecommendationMessage.NAME),
                "description", ServiceLines.esc(service.description().in(turn.lang()), DESCRIPTION)));
        List<Institution> offering = current.institutions().stream().filter(i -> i.services().contains(service.id())).toList();
        if (offering.isEmpty()) {
            lines.add(turn.text("browse.nobody"));
        } else {
            lines.add(turn.text("browse.who"));
            for (Institution inst : offering) {
                String city = inst.city() == null || inst.city().isBlank() ? "" : " (" + ServiceLines.esc(inst.city(), 60) + ")";
                lines.add("• " + ServiceLines.link(MatchResult.Institution.of(inst)) + city);
            }
        }
        String text = Trim.lines(lines, Trim.MESSAGE, left -> turn.text("challenge.rec.more-institutions", "count", left));
        List<List<Outbound.Button>> rows = new ArrayList<>();
        current.pillar(service.pillar()).ifPresent(p -> rows.add(List.of(new Outbound.Button(
                turn.text("browse.button.back", "pillar", Trim.words(p.name().in(turn.lang()), BUTTON)), data(p.id())))));
        rows.add(List.of(turn.button("browse.button.pillars", data(null))));
        rows.addAll(after);
        send(turn, text, rows);
    }

    /** Someone who declined keeps the way to accept at every screen. */
    private static void send(Turn turn, String text, List<List<Outbound.Button>> rows) {
        if (turn.state().consent() == ChatState.Consent.DECLINED) {
            rows.add(List.of(turn.button("consent.button.accept-now", Onboarding.ACCEPT_CONSENT)));
        }
        turn.send(Outbound.text(turn.state().chat(), text).withButtons(rows));
    }
}
