package co.aliada.catalog;

import java.util.List;
import java.util.stream.Stream;

/**
 * A higher-education institution or development entity and the services it offers.
 *
 * @param contact  where to reach it, as admins wrote it (a page or an address)
 * @param verified false while the contact is an example waiting to be replaced
 * @param aliases  the other names people call it by ("Unicauca", "el SENA"), which a typed question may use
 */
public record Institution(String id, String name, String kind, String city, String website, String contact,
                          boolean verified, List<String> services, List<String> aliases) {

    public Institution {
        services = List.copyOf(services);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** Every name it goes by: its own and its aliases. */
    public List<String> names() {
        return Stream.concat(Stream.of(name), aliases.stream()).toList();
    }
}
