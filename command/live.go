package command

import (
	"context"
	crand "crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"time"

	"ideale-ambtenaar/domain/netaddr"
	"ideale-ambtenaar/domain/results"
	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/draw/qr"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/safetext"
	"ideale-ambtenaar/screen/liveview"
	"ideale-ambtenaar/serve/sshjoin"
	"ideale-ambtenaar/serve/webjoin"
)

// The live room: `ideale-ambtenaar live` starts a room with a join code,
// an SSH server and a web server on the trainer's laptop, and shows the
// projector screen (or, headless, one line per event). Participants join
// with `ssh -p 2222 CODE@HOST` or from a phone; every answer is in the
// room's journal before their screen moves on, and `--resume DIR` brings
// the room back after a crash.

// Default ports of the live room.
const (
	defaultSSHPort  = 2222
	defaultHTTPPort = 8080
)

// liveOptions are the flags of `live`.
type liveOptions struct {
	questions, lang, theme string
	dir, listen, code      string
	resume                 string
	sshPort, httpPort      string
	max, countdown         string
	plain, help, culture   bool
	paced                  bool
}

var txtLiveBadCode = i18n.Text{
	NL: "--code %q kan geen code zijn: een code heeft %d tekens uit %s (geen 0, O, 1, I, L, 2, Z, 5, S, 8, B, U of V, die lijken op elkaar); laat --code weg voor een nieuwe code",
	EN: "--code %q cannot be a code: a code has %d characters from %s (no 0, O, 1, I, L, 2, Z, 5, S, 8, B, U or V, which look alike); leave --code out for a new one"}

var (
	txtLiveTitle = i18n.Text{
		NL: "ideale-ambtenaar live — de zaal doet mee, over SSH en met de telefoon",
		EN: "ideale-ambtenaar live — the room joins, over SSH and from phones"}
	txtLiveUsage = i18n.Text{NL: "Gebruik: ideale-ambtenaar live [opties]", EN: "Usage: ideale-ambtenaar live [options]"}
	txtLiveAbout = i18n.Text{
		NL: "Start een sessie met een code. Deelnemers doen mee met `ssh -p 2222 CODE@ADRES`\nof met hun telefoon (de QR-code op het scherm); ieder in eigen tempo. Het scherm\ntoont hoeveel mensen meedoen en, als jij dat wilt, de mix van de zaal. Alles\nblijft op deze laptop, in de sessiemap; na een crash gaat --resume MAP verder.",
		EN: "Starts a session with a code. Participants join with `ssh -p 2222 CODE@ADDRESS`\nor from their phone (the QR code on screen), each at their own pace. The screen\nshows how many take part and, when you want, the room's mix. Everything stays\non this laptop, in the session folder; after a crash --resume DIR goes on."}
	txtLiveKeys = i18n.Text{
		NL: "Toetsen bij de quiz: h mix tonen/verbergen, a namen, ←/→ casus kiezen, l inschrijving\ndicht/open, r nieuwe ronde (vraagt eerst), q stoppen (vraagt eerst), ? alle toetsen.",
		EN: "Keys in the quiz: h show/hide the mix, a names, ←/→ pick a scenario, l lock/unlock\njoining, r new round (asks first), q quit (asks first), ? all keys."}
	txtLiveBadPort = i18n.Text{
		NL: "--%s verwacht een poortnummer van 1 tot 65535, niet %q",
		EN: "--%s expects a port number from 1 to 65535, not %q"}
	txtLiveBadMax = i18n.Text{
		NL: "--max verwacht een aantal van 1 tot 10000, niet %q",
		EN: "--max expects a number from 1 to 10000, not %q"}
	txtLiveCultureAndPaced = i18n.Text{
		NL: "kies --culture of --paced, niet allebei: een sessie doet één activiteit",
		EN: "choose --culture or --paced, not both: a session runs one activity"}
	txtLiveBadCountdown = i18n.Text{
		NL: "--countdown verwacht seconden van 1 tot 3600, niet %q",
		EN: "--countdown expects seconds from 1 to 3600, not %q"}
	txtLiveResumeAndDir = i18n.Text{
		NL: "geef --resume MAP of --dir MAP, niet allebei",
		EN: "give --resume DIR or --dir DIR, not both"}
	txtLiveListen = i18n.Text{
		NL: "--listen verwacht een IP-adres van deze laptop (zoals 192.168.1.23), niet %q",
		EN: "--listen expects an IP address of this laptop (such as 192.168.1.23), not %q"}
	txtLivePortBusy = i18n.Text{
		NL: "poort %d is bezet of niet toegestaan (%v); kies een andere met --%s",
		EN: "port %d is in use or not allowed (%v); choose another with --%s"}
	txtLiveDir = i18n.Text{
		NL: "de sessiemap %s kan niet worden gemaakt (%v); kies een andere met --dir",
		EN: "the session folder %s cannot be made (%v); choose another with --dir"}
	txtLiveSSH     = i18n.Text{NL: "Meedoen via SSH:   %s", EN: "Join over SSH:     %s"}
	txtLiveWeb     = i18n.Text{NL: "Meedoen met je telefoon: %s", EN: "Join from a phone: %s"}
	txtLiveCode    = i18n.Text{NL: "Code: %s", EN: "Code: %s"}
	txtLiveFolder  = i18n.Text{NL: "Sessiemap: %s", EN: "Session folder: %s"}
	txtLiveResumed = i18n.Text{
		NL: "Verder met de sessie in %s: %s, %s terug.",
		EN: "Resumed the session in %s: %s, %s back."}
	txtLiveResumedCulture = i18n.Text{
		NL: "Verder met de cultuursessie in %s: %s terug.",
		EN: "Resumed the culture session in %s: %s back."}
	txtParticipants = i18n.Plural{
		One:  i18n.Text{NL: "%d deelnemer", EN: "%d participant"},
		Many: i18n.Text{NL: "%d deelnemers", EN: "%d participants"}}
	txtAnswers = i18n.Plural{
		One:  i18n.Text{NL: "%d antwoord", EN: "%d answer"},
		Many: i18n.Text{NL: "%d antwoorden", EN: "%d answers"}}
	txtResumedCase = i18n.Text{
		NL: "Casus %d van %d staat open%s.", EN: "Scenario %d of %d is open%s."}
	txtResumedExtreme = i18n.Text{NL: " (extreme ronde)", EN: " (extreme round)"}
	txtResumedEnded   = i18n.Text{
		NL: "Deze workshop was al afgesloten; de resultaten staan in de sessiemap.",
		EN: "This workshop had ended already; the results are in the session folder."}
	txtLiveStopped = i18n.Text{
		NL: "Gestopt; alles staat in %s. Bekijk het team met: ideale-ambtenaar team %s",
		EN: "Stopped; everything is in %s. See the team with: ideale-ambtenaar team %s"}
	txtLiveEvent = map[room.EventKind]i18n.Text{
		room.Joined:       {NL: "%s doet mee (%s)", EN: "%s joined (%s)"},
		room.Rejoined:     {NL: "%s is terug (%s)", EN: "%s is back (%s)"},
		room.Answered:     {NL: "%s beantwoordde %s", EN: "%s answered %s"},
		room.Finished:     {NL: "%s is klaar", EN: "%s finished"},
		room.Left:         {NL: "%s is weg", EN: "%s left"},
		room.Locked:       {NL: "inschrijving dicht", EN: "joining locked"},
		room.Unlocked:     {NL: "inschrijving open", EN: "joining open"},
		room.RoundStarted: {NL: "ronde %d begint", EN: "round %d begins"},
	}
	txtAnonymous = i18n.Text{NL: "deelnemer %d", EN: "participant %d"}
)

// liveFlagTable declares the flags of live into o.
func liveFlagTable(o *liveOptions) *flagTable {
	t := newFlagTable("live")
	t.Questions(&o.questions)
	t.Lang(&o.lang)
	t.Theme(&o.theme)
	t.String(&o.dir, "dir", flagDoc{"--dir", i18n.Text{NL: "MAP", EN: "DIR"}, i18n.Text{
		NL: "sessiemap (standaard: een nieuwe map met de datum)",
		EN: "session folder (default: a new dated folder)"}})
	t.String(&o.listen, "listen", flagDoc{"--listen", i18n.Text{NL: "ADRES", EN: "ADDR"}, i18n.Text{
		NL: "luister alleen op dit adres en toon het",
		EN: "listen on this address only, and show it"}})
	t.String(&o.sshPort, "ssh-port", flagDoc{"--ssh-port", i18n.Text{NL: "N"}, i18n.Text{
		NL: "poort voor SSH (standaard 2222)", EN: "port for SSH (default 2222)"}})
	t.String(&o.httpPort, "http-port", flagDoc{"--http-port", i18n.Text{NL: "N"}, i18n.Text{
		NL: "poort voor telefoons (standaard 8080)", EN: "port for phones (default 8080)"}})
	t.String(&o.code, "code", flagDoc{"--code", i18n.Text{NL: "CODE"}, i18n.Text{
		NL: "vaste code, bijvoorbeeld van je dia", EN: "a fixed code, say from your slide"}})
	t.String(&o.max, "max", flagDoc{"--max", i18n.Text{NL: "N"}, i18n.Text{
		NL: "hoogstens N deelnemers (standaard 300)", EN: "at most N participants (default 300)"}})
	t.String(&o.resume, "resume", flagDoc{"--resume", i18n.Text{NL: "MAP", EN: "DIR"}, i18n.Text{
		NL: "ga verder met de sessie in MAP (na een crash)",
		EN: "go on with the session in DIR (after a crash)"}})
	t.Bool(&o.culture, "culture", flagDoc{"--culture", i18n.Text{}, i18n.Text{
		NL: "de zaal vult de organisatiecultuur in (nu en gewenst)",
		EN: "the room fills in the organisation culture (now and desired)"}})
	t.Bool(&o.paced, "paced", flagDoc{"--paced", i18n.Text{}, i18n.Text{
		NL: "de workshop: jij opent de casussen één voor één, de zaal kiest en gaat naar het uiterste",
		EN: "the workshop: you open the scenarios one by one, the room chooses and goes to the extreme"}})
	t.String(&o.countdown, "countdown", flagDoc{"--countdown", i18n.Text{NL: "S"}, i18n.Text{
		NL: "seconden van het aftellen met t (standaard 60)",
		EN: "seconds of the countdown with t (default 60)"}})
	t.Plain(&o.plain)
	t.Help(&o.help)
	return t
}

func liveUsage(w io.Writer, l i18n.Lang) {
	var o liveOptions
	writeUsage(w, l, []i18n.Text{txtLiveTitle, txtLiveUsage, txtLiveAbout}, liveFlagTable(&o), txtLiveKeys, txtLivePaced)
}

// liveSettings are what a session keeps beside its journal, so that
// --resume brings it back on the same ports: participants' phones and ssh
// commands keep working.
type liveSettings struct {
	SSHPort  int    `json:"ssh_port"`
	HTTPPort int    `json:"http_port"`
	Listen   string `json:"listen,omitempty"`
	Max      int    `json:"max,omitempty"`
	// Questions (an absolute path) and Lang are the question set and
	// language the room was started with, so that --resume needs no more
	// than the folder.
	Questions string `json:"questions,omitempty"`
	Lang      string `json:"lang,omitempty"`
	// Culture is set for a room that runs the culture instrument, Paced
	// for the paced workshop, with its countdown in seconds (0: the
	// default).
	Culture   bool `json:"culture,omitempty"`
	Paced     bool `json:"paced,omitempty"`
	Countdown int  `json:"countdown,omitempty"`
}

const liveSettingsFile = "live.settings"

var (
	txtLiveSettingsMissing = i18n.Text{
		NL: "in %s ontbreekt %s, dus is niet bekend op welk adres en welke poorten deze sessie luisterde; geef ze zelf, zoals bij de start: --listen ADRES --ssh-port N --http-port N (--listen 0.0.0.0 luistert op alle adressen van deze laptop)",
		EN: "%s lacks %s, so it is not known on which address and ports this session listened; give them yourself, as at the start: --listen ADDR --ssh-port N --http-port N (--listen 0.0.0.0 listens on every address of this laptop)"}
	txtLiveSettingsBad = i18n.Text{
		NL: "%s is beschadigd (%s), dus is niet bekend op welk adres en welke poorten deze sessie luisterde; geef ze zelf, zoals bij de start: --listen ADRES --ssh-port N --http-port N (--listen 0.0.0.0 luistert op alle adressen van deze laptop)",
		EN: "%s is damaged (%s), so it is not known on which address and ports this session listened; give them yourself, as at the start: --listen ADDR --ssh-port N --http-port N (--listen 0.0.0.0 listens on every address of this laptop)"}
	txtLiveSettingsPort   = i18n.Text{NL: "poort %d", EN: "port %d"}
	txtLiveSettingsListen = i18n.Text{NL: "adres %q", EN: "address %q"}
)

// readLiveSettings reads the settings of the session o.resume into set.
// When they are missing or damaged, the address and ports are not guessed
// (a guess could listen on every interface where the session listened on
// 127.0.0.1): unless --listen, --ssh-port and --http-port all say them,
// the error says what is wrong and what to pass. A folder without a
// journal is left to Resume, which says so.
func readLiveSettings(o liveOptions, set *liveSettings) error {
	path := filepath.Join(o.resume, liveSettingsFile)
	given := o.listen != "" && o.sshPort != "" && o.httpPort != ""
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		if _, jerr := os.Stat(filepath.Join(o.resume, room.JournalName)); jerr != nil || given {
			return nil
		}
		return i18n.Errorf(txtLiveSettingsMissing, safetext.Path(o.resume), liveSettingsFile)
	}
	var why string
	var got liveSettings
	switch {
	case err != nil:
		why = "read"
	case json.Unmarshal(data, &got) != nil:
		why = "json"
	case got.SSHPort < 1 || got.SSHPort > 65535:
		why = "ssh"
	case got.HTTPPort < 1 || got.HTTPPort > 65535:
		why = "http"
	case got.Listen != "" && net.ParseIP(got.Listen) == nil:
		why = "listen"
	}
	if why == "" {
		*set = got
		return nil
	}
	if given {
		return nil
	}
	return settingsError{path: safetext.Path(path), why: why, got: got, err: err}
}

// settingsError is a damaged live.settings, said in the user's language.
type settingsError struct {
	path, why string
	got       liveSettings
	err       error
}

func (e settingsError) Error() string { return e.Message(i18n.EN) }

func (e settingsError) Message(l i18n.Lang) string {
	var what string
	switch e.why {
	case "json":
		what = "JSON"
	case "ssh":
		what = "ssh_port: " + txtLiveSettingsPort.F(l, e.got.SSHPort)
	case "http":
		what = "http_port: " + txtLiveSettingsPort.F(l, e.got.HTTPPort)
	case "listen":
		what = "listen: " + txtLiveSettingsListen.F(l, safetext.Line(e.got.Listen))
	default:
		what = results.Reason(results.Classify(results.OpLoad, e.path, e.err), l)
	}
	return txtLiveSettingsBad.F(l, e.path, what)
}

// liveMemoryLimit is the soft memory limit of a live room, unless
// GOMEMLIMIT sets another. Each participant's screen is a Bubble Tea
// program; when hundreds reach the result at once, their frames make
// garbage faster than the default collector returns it, and the peak was
// about 750 MiB for 250 SSH sessions. At 390 MiB the collector works a
// little harder and the peak stays under 400 MiB, with answer posts under
// 50 ms at the 95th percentile (tools/loaddriver, 250 SSH + 250 phones).
const liveMemoryLimit = 390 << 20

// runLive is `ideale-ambtenaar live`.
func runLive(e Env, args []string) error {
	const cmd = "live"
	l := preLang(args)
	var o liveOptions
	if err := liveFlagTable(&o).NoArgs(args, l); err != nil {
		return usageError(cmd, l, err)
	}
	if o.help {
		liveUsage(e.Stdout, l)
		return nil
	}
	choice, err := themeChoice(o.theme, e)
	if err != nil {
		return usageError(cmd, l, err)
	}
	if o.resume != "" && o.dir != "" {
		return usageError(cmd, l, i18n.Errorf(txtLiveResumeAndDir))
	}
	set := liveSettings{SSHPort: defaultSSHPort, HTTPPort: defaultHTTPPort}
	if o.resume != "" {
		if err := readLiveSettings(o, &set); err != nil {
			return failure(l, err)
		}
	}
	port := func(v, name string, into *int) error {
		if v == "" {
			return nil
		}
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 65535 {
			return i18n.Errorf(txtLiveBadPort, name, v)
		}
		*into = n
		return nil
	}
	if err := port(o.sshPort, "ssh-port", &set.SSHPort); err != nil {
		return usageError(cmd, l, err)
	}
	if err := port(o.httpPort, "http-port", &set.HTTPPort); err != nil {
		return usageError(cmd, l, err)
	}
	if o.max != "" {
		n, err := strconv.Atoi(o.max)
		if err != nil || n < 1 || n > 10000 {
			return usageError(cmd, l, i18n.Errorf(txtLiveBadMax, o.max))
		}
		set.Max = n
	}
	if o.listen != "" {
		ip := net.ParseIP(o.listen)
		if ip == nil {
			return usageError(cmd, l, i18n.Errorf(txtLiveListen, o.listen))
		}
		set.Listen = o.listen
		if ip.IsUnspecified() {
			set.Listen = "" // every address of this laptop, as without --listen
		}
	}
	if o.questions == "" {
		o.questions = set.Questions
	} else if abs, err := filepath.Abs(o.questions); err == nil {
		set.Questions = abs
	}
	if o.lang == "" {
		o.lang = set.Lang
	} else {
		set.Lang = o.lang
	}
	o.culture = o.culture || set.Culture
	set.Culture = o.culture
	o.paced = o.paced || set.Paced
	set.Paced = o.paced
	if o.culture && o.paced {
		return usageError(cmd, l, i18n.Errorf(txtLiveCultureAndPaced))
	}
	if o.countdown != "" {
		n, err := strconv.Atoi(o.countdown)
		if err != nil || n < 1 || n > 3600 {
			return usageError(cmd, l, i18n.Errorf(txtLiveBadCountdown, o.countdown))
		}
		set.Countdown = n
	}
	var code room.Code
	if o.code != "" {
		if code, err = room.ParseCode(o.code); err != nil {
			// The trainer typed it: say what a code may hold, not "look
			// at the trainer's screen" as a participant is told.
			return usageError(cmd, l, i18n.Errorf(txtLiveBadCode, o.code, room.CodeLength, room.CodeAlphabet))
		}
	}
	if e.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(liveMemoryLimit)
	}

	// The room: new in its own folder, or back from its journal.
	dir := o.resume
	undo := func(bool) {} // a failed resume leaves the folder as it was
	if dir == "" {
		dir = o.dir
		if dir == "" {
			dir = "ideale-ambtenaar-live-" + time.Now().Format("2006-01-02T1504")
		}
		_, statErr := os.Stat(dir)
		created := errors.Is(statErr, fs.ErrNotExist)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return failure(l, dirError{dir: dir, err: err})
		}
		undo = func(made bool) { undoStart(dir, created, made) }
	}
	rm, l, note, err := openRoom(e, o, dir, code, set)
	if err != nil {
		undo(false)
		return err
	}
	return serveLive(e, o.plain, rm, set, note, l, choice, undo)
}

// dirError is a session folder that cannot be made, with the cause in the
// user's language ("dat is een bestand, geen map"), not the system's
// English words.
type dirError struct {
	dir string
	err error
}

func (e dirError) Error() string { return e.Message(i18n.EN) }
func (e dirError) Unwrap() error { return e.err }
func (e dirError) Message(l i18n.Lang) string {
	return txtLiveDir.F(l, safetext.Path(e.dir), results.Reason(results.Classify(results.OpCheckDir, e.dir, e.err), l))
}

// portError is a port that cannot be listened on: in use or not allowed,
// said in the user's language; other causes keep the system's words.
type portError struct {
	port int
	flag string
	err  error
}

var (
	txtLivePortInUse   = i18n.Text{NL: "poort %d is al in gebruik; kies een andere met --%s", EN: "port %d is already in use; choose another with --%s"}
	txtLivePortDenied  = i18n.Text{NL: "poort %d is niet toegestaan voor dit account; kies een poort boven 1024 met --%s", EN: "port %d is not allowed for this account; choose a port above 1024 with --%s"}
	txtLiveAddrUnknown = i18n.Text{NL: "op dit adres kan niet worden geluisterd (%s); geef met --listen een adres van deze laptop", EN: "cannot listen on this address (%s); give an address of this laptop with --listen"}
)

func (e portError) Error() string { return e.Message(i18n.EN) }
func (e portError) Unwrap() error { return e.err }
func (e portError) Message(l i18n.Lang) string {
	switch {
	case errors.Is(e.err, syscall.EADDRINUSE):
		return txtLivePortInUse.F(l, e.port, e.flag)
	case errors.Is(e.err, syscall.EACCES), errors.Is(e.err, fs.ErrPermission):
		return txtLivePortDenied.F(l, e.port, e.flag)
	case errors.Is(e.err, syscall.EADDRNOTAVAIL):
		return txtLiveAddrUnknown.F(l, safetext.Line(e.err.Error()))
	}
	return txtLivePortBusy.F(l, e.port, safetext.Line(e.err.Error()), e.flag)
}

// webSecretFile holds the secret that signs the phones' cookie tokens, in
// the session folder, so that after --resume every phone is still known.
const webSecretFile = "web.secret"

// webSecret reads the session's token secret from dir, or makes it (32
// random bytes, readable by the trainer only). When the folder cannot
// keep it, nil lets the web server draw one for this run: phones then
// join again after a resume, which is safe.
func webSecret(dir string) []byte {
	path := filepath.Join(dir, webSecretFile)
	if b, err := os.ReadFile(path); err == nil && len(b) >= 16 {
		return b
	}
	b := make([]byte, 32)
	if _, err := crand.Read(b); err != nil {
		return nil
	}
	if err := os.WriteFile(path, b, 0o600); err != nil {
		return nil
	}
	return b
}

// undoStart removes what a new session's start made when it failed before
// anyone could join (a busy port, a question file that does not load), so
// that the next start with the same --dir is not refused with "already
// holds a session": the journal, settings and lock when made is true
// (this start created the journal), and the folder itself when this start
// created it and it is empty now. Nothing else is touched.
func undoStart(dir string, created, made bool) {
	if made {
		for _, name := range []string{room.JournalName, liveSettingsFile, room.LockName, webSecretFile} {
			_ = os.Remove(filepath.Join(dir, name))
		}
		if created {
			for _, name := range []string{"ssh_host_ed25519", "ssh_host_ed25519.pub"} {
				_ = os.Remove(filepath.Join(dir, name))
			}
		}
	}
	if created {
		_ = os.Remove(dir) // only when empty
	}
}

// activityOf loads the set the session runs and makes its activity: the
// culture survey (--culture), the paced workshop (--paced) or the quiz;
// l is the set's language.
func activityOf(e Env, o liveOptions) (room.Activity, i18n.Lang, error) {
	if o.culture {
		cs, l, err := loadCultureSet(e, o.questions, o.lang)
		if err != nil {
			return nil, l, err
		}
		return room.Culture(cs), l, nil
	}
	bank, l, err := loadBank(e, o.questions, o.lang)
	if err != nil {
		return nil, l, err
	}
	if o.paced {
		return room.Paced(bank, false), l, nil
	}
	return room.Quiz(bank, false), l, nil
}

// openRoom makes or resumes the room in dir with the activity the options
// ask for, and returns it with its language and, after a resume, the note
// of what came back.
func openRoom(e Env, o liveOptions, dir string, code room.Code, set liveSettings) (*room.Room, i18n.Lang, string, error) {
	act, l, err := activityOf(e, o)
	if err != nil {
		return nil, l, "", err
	}
	cfg := room.Config{Activity: act, Code: code, MaxParticipants: set.Max, Language: l, Dir: dir}
	if o.resume == "" {
		rm, err := room.New(cfg)
		if err != nil {
			return nil, l, "", failure(l, startError(err))
		}
		return rm, l, "", nil
	}
	rm, rp, err := room.Resume(dir, cfg)
	if err != nil {
		return nil, l, "", failure(l, startError(err))
	}
	snap := rm.Snapshot()
	var note string
	if snap.Quiz != nil {
		answers := 0
		for _, sc := range snap.Quiz.Scenarios {
			answers += sc.Answered
		}
		note = txtLiveResumed.F(l, safetext.Path(dir), txtParticipants.F(l, snap.Joined, snap.Joined), txtAnswers.F(l, answers, answers))
	} else {
		note = txtLiveResumedCulture.F(l, safetext.Path(dir), txtParticipants.F(l, snap.Joined, snap.Joined))
	}
	if ps := snap.Paced; ps != nil && ps.Ended {
		note += "\n" + txtResumedEnded.In(l)
	} else if ps != nil && ps.Case >= 0 {
		extreme := ""
		if ps.Extreme {
			extreme = txtResumedExtreme.In(l)
		}
		note += "\n" + txtResumedCase.F(l, ps.Case+1, len(snap.Quiz.Scenarios), extreme)
	}
	for _, t := range rp.Notes(l) {
		note += "\n" + safetext.Line(t)
	}
	return rm, l, note, nil
}

var (
	txtLiveJournalStart = i18n.Text{
		NL: "de sessie kan niet beginnen: het sessielogboek %s kan niet worden geopend of gemaakt (%s); kies een andere map met --dir, of los dit op en probeer het opnieuw",
		EN: "the session cannot start: the session journal %s cannot be opened or made (%s); choose another folder with --dir, or fix this and try again"}
	txtLiveIsDir = i18n.Text{NL: "dat is een map, geen bestand", EN: "that is a folder, not a file"}
)

// startError says a journal that cannot be opened or made at the start
// as what it is: the session cannot start. The rooms' own journal error
// says an action "was not kept", which fits a participant's answer, not a
// start. Other errors come back as they are.
func startError(err error) error {
	var re *results.Error
	if errors.Is(err, room.ErrJournal) && errors.As(err, &re) {
		return journalStartError{re}
	}
	return err
}

// journalStartError is a journal that could not be opened or made.
type journalStartError struct{ re *results.Error }

func (e journalStartError) Error() string { return e.Message(i18n.EN) }
func (e journalStartError) Unwrap() error { return e.re }

func (e journalStartError) Message(l i18n.Lang) string {
	why := results.Reason(e.re, l)
	if errors.Is(e.re.Err, syscall.EISDIR) {
		why = txtLiveIsDir.In(l)
	}
	return txtLiveJournalStart.F(l, safetext.Path(e.re.Path), why)
}

// serveLive listens, serves the room over SSH and HTTP, and shows the
// projector (or, headless, the event lines) until the trainer quits or a
// signal comes; then it stops the servers and closes the room, so that
// everything is on disk before the process ends.
func serveLive(e Env, plain bool, rm *room.Room, set liveSettings, note string, l i18n.Lang, choice theme.Choice, undo func(made bool)) error {
	defer rm.Close()
	// fail ends a start that failed before serving: nobody has joined, so
	// a new session's folder is taken back (undoStart).
	fail := func(err error) error {
		_ = rm.Close()
		undo(true)
		return failure(l, err)
	}
	if data, err := json.MarshalIndent(set, "", "  "); err == nil {
		_ = os.WriteFile(filepath.Join(rm.Dir(), liveSettingsFile), append(data, '\n'), 0o644)
	}

	// Where to listen and what address to show.
	bind, shown, advice := "", set.Listen, ""
	if set.Listen != "" {
		bind = set.Listen
	} else if found, err := netaddr.Find(); err == nil {
		if c, ok := found.Best(); ok {
			shown = c.Addr.String()
		}
		advice = found.Advice(l)
	}
	if shown == "" {
		shown = "127.0.0.1"
	}
	sshLn, err := net.Listen("tcp", net.JoinHostPort(bind, strconv.Itoa(set.SSHPort)))
	if err != nil {
		return fail(portError{set.SSHPort, "ssh-port", err})
	}
	webLn, err := net.Listen("tcp", net.JoinHostPort(bind, strconv.Itoa(set.HTTPPort)))
	if err != nil {
		sshLn.Close()
		return fail(portError{set.HTTPPort, "http-port", err})
	}
	hostKey := filepath.Join(rm.Dir(), "ssh_host_ed25519")
	if dir, err := os.UserConfigDir(); err == nil {
		hostKey = filepath.Join(dir, "ideale-ambtenaar", "ssh_host_ed25519")
	}
	webSrv, err := webjoin.New(webjoin.Config{Room: rm, Lang: l, Addr: webLn.Addr().String(), Secret: webSecret(rm.Dir())})
	if err != nil {
		sshLn.Close()
		webLn.Close()
		return fail(err)
	}
	webBase := "http://" + net.JoinHostPort(shown, strconv.Itoa(set.HTTPPort))
	sshCfg := sshjoin.Config{Room: rm, Lang: l, Addr: sshLn.Addr().String(), HostKeyPath: hostKey,
		// The SSH end screen's link to the participant's own result page.
		ResultLink: func(id room.ParticipantID) string {
			if p := webSrv.ResultLink(id); p != "" {
				return webBase + p
			}
			return ""
		}}
	sshSrv, err := sshjoin.New(sshCfg)
	if err != nil {
		sshLn.Close()
		webLn.Close()
		return fail(err)
	}
	go func() { _ = sshSrv.Serve(sshLn) }()
	go func() { _ = webSrv.Serve(webLn) }()
	shutdown := func() {
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
		defer cancel()
		_ = sshSrv.Shutdown(ctx)
		_ = webSrv.Shutdown(ctx)
	}

	hostPort := func(p int) string { return net.JoinHostPort(shown, strconv.Itoa(p)) }
	join := liveview.Join{
		Code:        string(rm.Code()),
		SSH:         sshCommand(rm.Code(), shown, set.SSHPort),
		URL:         "http://" + hostPort(set.HTTPPort) + "/j/" + string(rm.Code()),
		Fingerprint: sshSrv.Fingerprint(),
		KeyHelp:     fmt.Sprintf(`ssh-keygen -R "[%s]:%d"`, shown, set.SSHPort),
		Advice:      advice,
		Problem: func(l i18n.Lang) string {
			if p := journalProblem(rm, l); p != "" {
				return p
			}
			if n, last := sshSrv.Refused(); !last.IsZero() && time.Since(last) < time.Minute {
				return txtLiveRefusing.F(l, n)
			}
			return ""
		},
	}
	if lines, err := qr.Lines(join.URL); err == nil {
		join.QR = lines
	}

	if plain || !screenPossible(e) {
		err := liveHeadless(e, rm, join, note, l, countdownOf(set))
		shutdown()
		fmt.Fprintln(e.Stdout, txtLiveStopped.F(l, safetext.Path(rm.Dir()), safetext.Path(rm.Dir())))
		return err
	}
	if note != "" {
		fmt.Fprintln(e.Stderr, note)
	}
	_, err = runProgram(e, liveview.New(liveview.Config{Room: rm, Join: join, Lang: l, Theme: choice, Color: colorWanted(e), Countdown: countdownOf(set)}), l)
	if rm.Paced() {
		endWorkshop(func(s string) { fmt.Fprintln(e.Stderr, s) }, rm, l, false)
	}
	shutdown()
	if cerr := rm.Close(); cerr != nil && err == nil {
		err = failure(l, cerr)
	}
	fmt.Fprintln(e.Stderr, txtLiveStopped.F(l, safetext.Path(rm.Dir()), safetext.Path(rm.Dir())))
	return err
}

// sshCommand is the exact command a participant types.
func sshCommand(c room.Code, host string, port int) string {
	if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	if port == 22 {
		return fmt.Sprintf("ssh %s@%s", c, host)
	}
	return fmt.Sprintf("ssh -p %d %s@%s", port, c, host)
}

// liveHeadless runs the room without a screen: the join lines first, then
// one line per event (joined, answered, finished, left) until SIGINT or
// SIGTERM, after which the caller flushes and closes. Tests and scripts
// drive the room this way.
func liveHeadless(e Env, rm *room.Room, join liveview.Join, note string, l i18n.Lang, countdown time.Duration) error {
	fmt.Fprintln(e.Stdout, txtLiveSSH.F(l, join.SSH))
	fmt.Fprintln(e.Stdout, txtLiveWeb.F(l, join.URL))
	fmt.Fprintln(e.Stdout, txtLiveCode.F(l, join.Code))
	fmt.Fprintln(e.Stdout, txtLiveFolder.F(l, safetext.Path(rm.Dir())))
	if note != "" {
		fmt.Fprintln(e.Stdout, note)
	}
	flush(e.Stdout)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	changes, cancel := rm.Subscribe()
	defer cancel()
	var seq uint64
	var problem string
	tick := time.NewTicker(5 * time.Second) // refusals are no room change
	defer tick.Stop()
	// The paced workshop takes the trainer's commands from standard
	// input (paced.go); at the end it saves everyone's result.
	var paced *room.Room
	var commands <-chan trainerCommand
	if rm.Paced() {
		paced = rm
		commands = readCommands(e.Stdin)
		fmt.Fprintln(e.Stdout, txtPacedCommands.In(l))
		defer endWorkshop(func(s string) { fmt.Fprintln(e.Stdout, time.Now().Format("15:04:05")+" "+s) }, paced, l, false)
	}
	// timeUp fires when the workshop's countdown runs out (deadline).
	var timeUp <-chan time.Time
	var deadline time.Time
	for {
		events, next := rm.Events(seq)
		seq = next
		if paced != nil {
			if dl := paced.Snapshot().Paced.Deadline; !dl.Equal(deadline) {
				deadline, timeUp = dl, nil
				if !dl.IsZero() {
					timeUp = time.After(time.Until(dl))
				}
			}
		}
		for _, ev := range events {
			line := ""
			if paced != nil {
				line = pacedEventLine(ev, paced.Bank(), l)
			}
			if line == "" {
				line = eventLine(ev, l)
			}
			fmt.Fprintln(e.Stdout, line)
		}
		if p := join.Problem(l); p != problem {
			line := p
			if p == "" {
				line = txtLiveProblemGone.In(l)
			}
			fmt.Fprintln(e.Stdout, time.Now().Format("15:04:05")+" "+line)
			problem = p
		}
		flush(e.Stdout)
		select {
		case <-ctx.Done():
			return nil
		case <-changes:
		case <-tick.C:
		case <-timeUp:
			timeUp = nil
			fmt.Fprintln(e.Stdout, time.Now().Format("15:04:05")+" "+txtPacedTimeUp.In(l))
		case c := <-commands:
			switch {
			case c.err != nil:
				fmt.Fprintln(e.Stdout, tooLong(l))
				commands = nil
			case c.eof:
				commands = nil // a script that is done: the room goes on
			case runTrainerCommand(e.Stdout, paced, c.line, l, countdown):
				return nil
			}
		}
	}
}

var (
	txtLiveJournalDown = i18n.Text{
		NL: "LET OP: antwoorden worden nu NIET bewaard: het sessielogboek %s kan niet worden geschreven (%s). Maak ruimte vrij op die schijf; het logboek gaat dan vanzelf verder.",
		EN: "NOTE: answers are NOT being kept now: the session journal %s cannot be written (%s). Free some space on that disk; the journal then goes on by itself."}
	txtLiveProblemGone = i18n.Text{
		NL: "Opgelost: antwoorden worden weer bewaard en verbindingen weer aangenomen.",
		EN: "Solved: answers are kept and connections taken again."}
	txtLiveRefusing = i18n.Text{
		NL: "SSH weigert verbindingen (%d tot nu toe): te veel tegelijk of van één adres. Wie niet binnenkomt, probeert het zo opnieuw of doet mee met de telefoon.",
		EN: "SSH is refusing connections (%d so far): too many at once or from one address. Whoever cannot get in tries again shortly or joins from a phone."}
)

// journalProblem says for the trainer why the room's journal takes no
// answers now (with its path and what to do), or "".
func journalProblem(rm *room.Room, l i18n.Lang) string {
	err := rm.JournalProblem()
	if err == nil {
		return ""
	}
	var re *results.Error
	if errors.As(err, &re) {
		return txtLiveJournalDown.F(l, safetext.Path(re.Path), results.Reason(re, l))
	}
	return txtLiveJournalDown.F(l, safetext.Path(filepath.Join(rm.Dir(), room.JournalName)), safetext.Line(explain(err, l)))
}

// eventLine is one headless line: the time, then what happened.
func eventLine(ev room.Event, l i18n.Lang) string {
	name := safetext.Line(ev.Name)
	if name == "" {
		name = txtAnonymous.F(l, int(ev.Participant))
	}
	t, ok := txtLiveEvent[ev.Kind]
	if !ok {
		return ev.Time.Format("15:04:05") + " " + ev.Kind.String()
	}
	var msg string
	switch ev.Kind {
	case room.Joined, room.Rejoined:
		msg = t.F(l, name, safetext.Line(ev.Via))
	case room.Answered:
		msg = t.F(l, name, safetext.Line(ev.Scenario))
	case room.Finished, room.Left:
		msg = t.F(l, name)
	case room.RoundStarted:
		msg = t.F(l, ev.Round)
	default:
		msg = t.In(l)
	}
	return ev.Time.Local().Format("15:04:05") + " " + msg
}

// flush pushes buffered output out, for a script that reads the lines as
// they come.
func flush(w io.Writer) {
	if f, ok := w.(interface{ Sync() error }); ok {
		_ = f.Sync()
	}
}
