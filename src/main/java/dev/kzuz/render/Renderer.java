package dev.kzuz.render;

import java.io.PrintWriter;

/** Writes views in one output format. Renderers never see the command line. */
public interface Renderer {
    void list(ListView view, PrintWriter out);

    void detail(DetailView view, PrintWriter out);

    /** Rows that are not records (search hits, a timeline). */
    void rows(RowsView view, PrintWriter out);
}
