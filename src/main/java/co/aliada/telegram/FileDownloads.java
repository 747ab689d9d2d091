package co.aliada.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Fetches a file a person sent: {@code getFile}, then the file itself from the configured Bot API
 * server. The client's own download always goes to api.telegram.org, whatever base URL it was given,
 * so a local Bot API server (or a test double) would never be asked.
 */
final class FileDownloads {

    private final TelegramClient client;
    private final URI baseUrl;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    FileDownloads(TelegramClient client, URI baseUrl, String token) {
        this.client = client;
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /** The file's bytes, at most {@code max} plus one, so the caller can tell a file that is too big. */
    byte[] download(String fileId, int max) throws TelegramApiException {
        File file = client.execute(GetFile.builder().fileId(fileId).build());
        String base = baseUrl.toString().replaceAll("/+$", "");
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/file/bot" + token + "/" + file.getFilePath()))
                .timeout(Duration.ofSeconds(30)).build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    throw new TelegramApiException("the file download answered " + response.statusCode());
                }
                return in.readNBytes(max + 1);
            }
        } catch (IOException e) {
            throw new TelegramApiException("the file could not be downloaded: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TelegramApiException("interrupted while downloading a file");
        }
    }
}
