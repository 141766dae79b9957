package postgis

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"

	"github.com/jackc/pgx/v5/pgconn"
)

// plain words an error of the driver in one line without the
// connection's details (the caller names the source): what the server
// said, or that it refused or did not answer.
func plain(err error) error {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch pe.Code {
		case "28P01", "28000":
			return fmt.Errorf("the server refused the login: %s", pe.Message)
		case "3D000":
			db := strings.TrimSuffix(strings.TrimPrefix(pe.Message, "database "), " does not exist")
			return fmt.Errorf("the server has no database %s", db)
		}
		return fmt.Errorf("the server said: %s (SQLSTATE %s)", pe.Message, pe.Code)
	}
	var ce *pgconn.ConnectError
	if errors.As(err, &ce) {
		addr := ce.Config.Host
		if ce.Config.Port != 0 && !strings.HasPrefix(addr, "/") {
			addr = net.JoinHostPort(addr, fmt.Sprint(ce.Config.Port))
		}
		var ne net.Error
		var oe *net.OpError
		switch {
		case errors.Is(err, context.DeadlineExceeded) || pgconn.Timeout(err) || errors.As(err, &ne) && ne.Timeout():
			return fmt.Errorf("no answer from %s within %s (the server is down or unreachable)", addr, ce.Config.ConnectTimeout)
		case errors.As(err, &oe) && oe.Op == "dial":
			return fmt.Errorf("cannot connect to %s: %v", addr, oe.Err)
		}
		why := last(err)
		if strings.Contains(why.Error(), "invalid body length") {
			return fmt.Errorf("cannot connect to %s: what answers there is not PostgreSQL (%v)", addr, why)
		}
		return fmt.Errorf("cannot connect to %s: %v", addr, why)
	}
	var pce *pgconn.ParseConfigError
	if errors.As(err, &pce) {
		return fmt.Errorf("not a connection string: %v", last(err))
	}
	return err
}

// last is the innermost error err wraps, whose text says what went wrong
// without the layers of context the driver adds; of errors joined (one
// for each attempt to connect), the last attempt's.
func last(err error) error {
	for {
		switch u := err.(type) {
		case interface{ Unwrap() []error }:
			errs := u.Unwrap()
			if len(errs) == 0 {
				return err
			}
			err = errs[len(errs)-1]
		case interface{ Unwrap() error }:
			if u.Unwrap() == nil {
				return err
			}
			err = u.Unwrap()
		default:
			return err
		}
	}
}
