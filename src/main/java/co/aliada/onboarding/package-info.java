/**
 * The first steps of every conversation: a greeting with the data-protection notice and consent, then a
 * short company profile (sector, size, municipality, company name) that other features read as a
 * {@link co.aliada.onboarding.Profile}; and the commands every conversation has ({@code /ayuda},
 * {@code /idioma}, {@code /reiniciar}, {@code /continuar}). Nothing personal is kept before consent.
 */
@ApplicationModule(allowedDependencies = {"conversation"})
package co.aliada.onboarding;

import org.springframework.modulith.ApplicationModule;
