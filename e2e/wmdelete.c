/* wmdelete WINDOW: ask an X window to close, as a window manager's close
 * button does (a WM_DELETE_WINDOW client message), for e2e/session.sh. */
#include <stdio.h>
#include <stdlib.h>
#include <X11/Xlib.h>

int main(int argc, char **argv) {
	if (argc != 2) {
		fprintf(stderr, "usage: wmdelete WINDOW\n");
		return 2;
	}
	Display *d = XOpenDisplay(NULL);
	if (!d) {
		fprintf(stderr, "wmdelete: cannot open the display\n");
		return 1;
	}
	XEvent e = {0};
	e.xclient.type = ClientMessage;
	e.xclient.window = (Window)strtoul(argv[1], NULL, 0);
	e.xclient.message_type = XInternAtom(d, "WM_PROTOCOLS", False);
	e.xclient.format = 32;
	e.xclient.data.l[0] = XInternAtom(d, "WM_DELETE_WINDOW", False);
	e.xclient.data.l[1] = CurrentTime;
	XSendEvent(d, e.xclient.window, False, NoEventMask, &e);
	XCloseDisplay(d);
	return 0;
}
