package co.aliada.telegram;

import java.util.List;

import co.aliada.admin.AdminNotices;
import co.aliada.conversation.Delivery;
import co.aliada.conversation.Outbound;

/** Admins are Telegram users: a notice is a private message to each, through the outbox. */
record TelegramAdminNotices(Delivery delivery) implements AdminNotices {

    @Override
    public void tell(List<Long> adminIds, String html) {
        if (!adminIds.isEmpty()) {
            delivery.deliver(adminIds.stream().map(id -> Outbound.text(UpdateMapper.chatKey(id), html)).toList());
        }
    }
}
