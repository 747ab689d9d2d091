/**
 * Challenges, the adapted Double Diamond: the person picks an innovation driver (problem, technology,
 * trend, users) and gets prompts for their sector, writes the challenge, rates its urgency,
 * feasibility and impact, may add context, and confirms a "¿Cómo podríamos…?" restatement. Confirmed
 * challenges are saved (with consent only) and answered with matched services and the institutions
 * that offer them, or, when nothing fits well, with a consultant on offer. {@code /mis_retos} lists
 * them by priority and {@code /resumen} sums up the whole journey. Content lives in
 * {@code intents/challenge.yml}; texts in {@code intents/texts/challenge.yml}.
 */
@ApplicationModule(allowedDependencies = {"catalog", "content", "conversation", "matching", "onboarding", "privacy", "selfcheck"})
package co.aliada.challenge;

import org.springframework.modulith.ApplicationModule;
