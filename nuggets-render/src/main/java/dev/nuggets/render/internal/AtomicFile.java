package dev.nuggets.render.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file written atomically: into a temporary file in the same folder, then moved over the target, so that readers
 * see the old file or the new one, never half of one, and a kill during the write leaves the old file as it was.
 */
public final class AtomicFile {
  private final Path target;
  private final Path temporary;
  private final Writer writer;
  private boolean done;

  private AtomicFile(Path target, Path temporary, Writer writer) {
    this.target = target;
    this.temporary = temporary;
    this.writer = writer;
  }

  /** Opens a temporary file beside {@code target}. */
  public static AtomicFile open(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    if (folder == null) {
      throw new NoSuchFileException(target.toString(), null, "no folder to write into");
    }
    String name = absolute.getFileName() == null ? "output" : absolute.getFileName().toString();
    Path temporary = Files.createTempFile(folder, "." + name + ".", ".tmp");
    Writer writer =
        new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temporary), StandardCharsets.UTF_8));
    return new AtomicFile(absolute, temporary, writer);
  }

  /** Where the content goes. */
  public Writer writer() {
    return writer;
  }

  /** Closes the temporary file and, when the write succeeded, moves it over the target; else deletes it. */
  public void finish(boolean succeeded) throws IOException {
    if (done) {
      return;
    }
    done = true;
    try {
      writer.close();
    } catch (IOException e) {
      Files.deleteIfExists(temporary);
      throw e;
    }
    if (!succeeded) {
      Files.deleteIfExists(temporary);
      return;
    }
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      Files.deleteIfExists(temporary);
      throw e;
    }
  }

  /** Gives up: the target is left as it was. */
  public void abandon() {
    try {
      finish(false);
    } catch (IOException e) {
      // nothing to keep: the temporary file is gone or will be
    }
  }

  /** "cannot write PATH: permission denied", for an exception's message. */
  public static String describe(Path path, IOException e) {
    String why;
    if (e instanceof NoSuchFileException) {
      why = "no such folder";
    } else if (e instanceof AccessDeniedException) {
      why = "permission denied";
    } else if (e instanceof NotDirectoryException) {
      why = "not a folder";
    } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
      why = fs.getReason();
    } else {
      why = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
    return "cannot write " + path + ": " + why;
  }
}
