package id.humasdesk.logic.publish;

/** One rendered output: its bytes and the file name to offer. */
public record Output(OutputFormat format, String fileName, byte[] bytes) {
}
