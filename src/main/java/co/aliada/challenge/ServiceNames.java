package co.aliada.challenge;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import co.aliada.catalog.Catalog;

/**
 * The names of a challenge's recommended services in the chat's language as it is now, from the catalogue. A challenge
 * keeps the names in the language it was recommended in: after a switch of language its buttons ("ℹ️ More about 1.
 * Precios y posicionamiento…") kept the old one. A service the catalogue no longer has keeps its kept name.
 */
final class ServiceNames {

    private final Supplier<Catalog> catalog;

    /** @param catalog gives null while no catalogue is loaded: the kept names serve */
    ServiceNames(Supplier<Catalog> catalog) {
        this.catalog = catalog;
    }

    List<String> of(Challenge challenge, String lang) {
        Catalog current = catalog.get();
        List<String> kept = challenge.serviceNames();
        if (current == null) {
            return kept;
        }
        List<String> names = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            String name = kept.get(i);
            names.add(i >= challenge.services().size() ? name
                    : current.service(challenge.services().get(i)).map(s -> s.name().in(lang)).orElse(name));
        }
        return List.copyOf(names);
    }
}
