/**
 * The innovation-service catalogue as files admins edit: pillars, services, institutions, synonyms
 * and ignored words, read into an immutable {@link co.aliada.catalog.Catalog} by
 * {@link co.aliada.catalog.CatalogLoader}, which refuses a broken folder with every problem's file,
 * line and cause.
 */
@ApplicationModule(allowedDependencies = {"content"})
package co.aliada.catalog;

import org.springframework.modulith.ApplicationModule;
