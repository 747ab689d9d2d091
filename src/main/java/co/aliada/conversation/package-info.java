/**
 * The channel-agnostic conversation engine: an {@link co.aliada.conversation.Inbound} in, the
 * {@link co.aliada.conversation.Outbound} replies out, each turn committed by a
 * {@link co.aliada.conversation.ChatStore}. Features plug in as steps, commands (all named in
 * {@link co.aliada.conversation.CommandName}), interceptors, recalls and menu entries, and talk through
 * {@link co.aliada.conversation.Turn}; each keeps its own keys in the chat state behind a typed reader.
 * It runs without Spring, so tests build it by hand, and it never sees a channel's types.
 */
@ApplicationModule(allowedDependencies = {"content"})
package co.aliada.conversation;

import org.springframework.modulith.ApplicationModule;
