package co.aliada.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over {@code aliada.web.max-body} with {@code 413} on every endpoint, before
 * anything reads them: a declared length is checked first, and a body without one (chunked) is cut off
 * once it passes the limit, so a huge POST never lands in memory.
 */
final class BodyLimitFilter extends OncePerRequestFilter {

    private final long max;

    BodyLimitFilter(long max) {
        this.max = max;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > max) {
            tooLarge(response);
            return;
        }
        Limited limited = new Limited(request, max);
        try {
            chain.doFilter(limited, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!limited.exceeded || response.isCommitted()) {
                throw e;
            }
        }
        if (limited.exceeded && !response.isCommitted()) {
            response.reset();
            tooLarge(response);
        }
    }

    private static void tooLarge(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setHeader("Connection", "close"); // the rest of the body is not worth reading
        response.setContentType("application/json");
        response.getWriter().write("{\"error\":\"the request body is too large\"}");
    }

    /** The request with an input stream that stops at the limit. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long max;
        private ServletInputStream stream;
        boolean exceeded;

        Limited(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            String charset = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), charset));
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream());
            }
            return stream;
        }

        private final class Counting extends ServletInputStream {

            private final ServletInputStream in;
            private long read;

            Counting(ServletInputStream in) {
                this.in = in;
            }

            @Override
            public int read() throws IOException {
                int b = in.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int off, int len) throws IOException {
                int n = in.read(buffer, off, len);
                count(Math.max(n, 0));
                return n;
            }

            private void count(int n) throws IOException {
                read += n;
                if (read > max) {
                    exceeded = true;
                    throw new IOException("request body over " + max + " bytes");
                }
            }

            @Override
            public boolean isFinished() {
                return in.isFinished();
            }

            @Override
            public boolean isReady() {
                return in.isReady();
            }

            @Override
            public void setReadListener(ReadListener listener) {
                in.setReadListener(listener);
            }
        }
    }
}
