/**
 * The bot without Telegram: {@code POST /api/chat/{id}} and a small web chat at {@code /}, the
 * terminal chat ({@code java -jar aliada.jar chat}), media served to those chats, the address to
 * open at the end of the start-up log, and the JSON error shape the HTTP APIs share (kind answers, no stack traces).
 */
@ApplicationModule(allowedDependencies = {"content", "conversation"})
package co.aliada.web;

import org.springframework.modulith.ApplicationModule;
