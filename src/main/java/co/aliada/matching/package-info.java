/**
 * Matches what an entrepreneur wrote to the catalogue's services and the institutions that offer
 * them, through a Lucene index rebuilt beside the live one on every catalogue change and swapped in
 * whole. Other features call {@link co.aliada.matching.Matcher}; {@code POST /api/match} and
 * {@code GET /api/catalog} expose it over HTTP.
 */
@ApplicationModule(allowedDependencies = {"catalog", "content", "web"})
package co.aliada.matching;

import org.springframework.modulith.ApplicationModule;
