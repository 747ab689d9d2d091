/**
 * The bot without Telegram: {@code POST /api/chat/{id}} and a small web chat at {@code /}, the
 * terminal chat ({@code java -jar aliada.jar chat}), media served to those chats, the address to
 * open at the end of the start-up log, and the JSON error shape the HTTP APIs share (kind answers, no stack traces).
 * The web page's history ({@code GET /api/chat/{id}}) is personal data: it joins {@code /mis_datos} and
 * {@code /borrar_datos} through privacy's {@code PersonalData}.
 */
@ApplicationModule(allowedDependencies = {"content", "conversation", "privacy"})
package co.aliada.web;

import org.springframework.modulith.ApplicationModule;
