/**
 * Personal-data rights under Ley 1581 de 2012: a person sees everything stored about them
 * ({@code /mis_datos}), deletes it after a confirmation ({@code /borrar_datos}), reads the privacy notice
 * ({@code /privacidad}), and inactive chats are erased after a retention period. Every feature that keeps
 * something about a chat takes part by implementing {@link co.aliada.privacy.PersonalData}.
 */
@ApplicationModule(allowedDependencies = {"content", "conversation", "onboarding", "store"})
package co.aliada.privacy;

import org.springframework.modulith.ApplicationModule;
