/**
 * Matches what an entrepreneur wrote to the catalogue's services and the institutions that offer
 * them, through a Lucene index rebuilt beside the live one on every catalogue change and swapped in
 * whole. Other features call {@link co.aliada.matching.Matcher}; {@code POST /api/match} exposes it over
 * HTTP ({@code GET /api/catalog}, which tells the errors of both content folders, is the admin feature's).
 */
@ApplicationModule(allowedDependencies = {"catalog", "content", "web"})
package co.aliada.matching;

import org.springframework.modulith.ApplicationModule;
