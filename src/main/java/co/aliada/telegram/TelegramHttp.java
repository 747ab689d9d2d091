package co.aliada.telegram;

import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * The HTTP client under the Bot API client, closed with the application. The library's own client runs
 * every call (synchronous ones too) on OkHttp's dispatcher threads, which are not daemons and idle for
 * a minute: when the application could not start, they kept the JVM alive that long after "Application
 * run failed". Here they are daemons, and they end when the context closes.
 */
final class TelegramHttp implements AutoCloseable {

    private final ThreadPoolExecutor calls;
    private final OkHttpClient client;

    TelegramHttp() {
        CustomizableThreadFactory threads = new CustomizableThreadFactory("telegram-http-");
        threads.setDaemon(true);
        // OkHttp's own shape: no core threads, one per call in flight (the dispatcher caps them), idle ones go
        this.calls = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), threads);
        this.client = new OkHttpClient.Builder().dispatcher(new Dispatcher(calls)).build();
    }

    OkHttpClient client() {
        return client;
    }

    @Override
    public void close() {
        calls.shutdownNow();
        client.connectionPool().evictAll();
    }
}
