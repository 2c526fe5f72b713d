import de.unihd.dbs.heideltime.standalone.*;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import java.nio.file.*;
import java.text.SimpleDateFormat;
import java.util.*;

public class Eval {
    public static void main(String[] a) throws Exception {
        HeidelTimeStandalone h = new HeidelTimeStandalone(Language.ENGLISH, DocumentType.NEWS, OutputType.TIMEML, "config.props", POSTagger.NO);
        for (String line : Files.readAllLines(Paths.get(a[0]))) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] p = line.split("\\|");
            Date dct = new SimpleDateFormat("yyyy-MM-dd").parse(p[1]);
            String out = h.process(p[0], dct);
            String body = out.replaceAll("(?s).*<TimeML>\\s*", "").replaceAll("(?s)\\s*</TimeML>.*", "");
            System.out.println(p[0] + " [" + p[1] + "] expect " + p[2] + "\n   -> " + body.replaceAll("\\s+", " "));
        }
    }
}
