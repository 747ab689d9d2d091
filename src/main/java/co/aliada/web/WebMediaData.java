package co.aliada.web;

import java.util.List;

import co.aliada.privacy.PersonalData;
import org.springframework.stereotype.Component;

/** Files served to a web chat (its chart, its {@code /mis_datos} export): gone with the chat's data. */
@Component
class WebMediaData implements PersonalData {

    private final MediaStore media;

    WebMediaData(MediaStore media) {
        this.media = media;
    }

    @Override
    public String section() {
        return "web-files";
    }

    @Override
    public Object export(String chat) {
        return List.of();
    }

    @Override
    public void erase(String chat) {
        media.forget(chat);
    }
}
