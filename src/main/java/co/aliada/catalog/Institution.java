package co.aliada.catalog;

import java.util.List;

/**
 * A higher-education institution or development entity and the services it offers.
 *
 * @param contact  where to reach it, as admins wrote it (a page or an address)
 * @param verified false while the contact is an example waiting to be replaced
 */
public record Institution(String id, String name, String kind, String city, String website, String contact,
                          boolean verified, List<String> services) {

    public Institution {
        services = List.copyOf(services);
    }
}
