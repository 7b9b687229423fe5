package cn.tongban.applications.control;

/**
 * The port to a virus scanner (网上申报, 第四条: uploaded files are scanned). Every uploaded material passes through
 * it before anything is stored; an infected verdict refuses the upload. A deployment connects its scanner (e.g. a
 * ClamAV daemon) by a CDI bean implementing this interface, annotated {@code @Alternative @Priority(...)}, which
 * then replaces {@link EicarOnlyVirusScan}.
 */
public interface VirusScan {

    /** What the scanner found: clean, or the name of what it detected. */
    record Verdict(String threat) {

        public static final Verdict CLEAN = new Verdict(null);

        public static Verdict infected(String threat) {
            return new Verdict(threat);
        }

        public boolean isClean() {
            return threat == null;
        }
    }

    Verdict scan(String fileName, byte[] content);
}
