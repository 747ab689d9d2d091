package co.aliada.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
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
        Guarded guarded = new Guarded(response);
        Limited limited = new Limited(request, max, guarded);
        try {
            chain.doFilter(limited, guarded);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!limited.exceeded) {
                throw e;
            }
        }
    }

    private static void tooLarge(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setHeader("Connection", "close"); // the rest of the body is not worth reading
        response.setContentType("application/json");
        response.getWriter().write("{\"error\":\"the request body is too large\"}");
    }

    /** The response, which once refused with 413 swallows whatever the application still writes. */
    private static final class Guarded extends jakarta.servlet.http.HttpServletResponseWrapper {

        private boolean refused;

        Guarded(HttpServletResponse response) {
            super(response);
        }

        void refuse() throws IOException {
            HttpServletResponse real = (HttpServletResponse) getResponse();
            if (!real.isCommitted()) {
                real.reset();
                tooLarge(real);
                real.flushBuffer();
            }
            refused = true;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            return refused ? NOWHERE : super.getOutputStream();
        }

        @Override
        public java.io.PrintWriter getWriter() throws IOException {
            return refused ? new java.io.PrintWriter(java.io.OutputStream.nullOutputStream()) : super.getWriter();
        }

        @Override
        public void setStatus(int sc) {
            if (!refused) {
                super.setStatus(sc);
            }
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            if (!refused) {
                super.sendError(sc, msg);
            }
        }

        @Override
        public void sendError(int sc) throws IOException {
            if (!refused) {
                super.sendError(sc);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (!refused) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!refused) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setContentType(String type) {
            if (!refused) {
                super.setContentType(type);
            }
        }

        @Override
        public void flushBuffer() throws IOException {
            if (!refused) {
                super.flushBuffer();
            }
        }
    }

    private static final ServletOutputStream NOWHERE = new ServletOutputStream() {
        @Override
        public void write(int b) {
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(jakarta.servlet.WriteListener listener) {
        }
    };

    /** The request with an input stream that stops at the limit. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long max;
        private final Guarded response;
        private ServletInputStream stream;
        boolean exceeded;

        Limited(HttpServletRequest request, long max, Guarded response) {
            super(request);
            this.max = max;
            this.response = response;
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
                if (read > max && !exceeded) {
                    exceeded = true;
                    response.refuse(); // answered now: whoever was reading gets an error it cannot turn into another status
                }
                if (exceeded) {
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
