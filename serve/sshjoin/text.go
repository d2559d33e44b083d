package sshjoin

import "ideale-ambtenaar/i18n"

// Lines said to a participant over SSH, in the room's language.
var (
	txtWrongCode = i18n.Text{
		NL: "Deze code hoort niet bij deze sessie: kijk nog eens op het scherm van de trainer en probeer het opnieuw.",
		EN: "This code is not the code of this session: look again at the trainer's screen and try again."}
	txtTooMany = i18n.Text{
		NL: "Te veel verkeerde codes vanaf dit adres: wacht een minuut en kijk nog eens op het scherm van de trainer.",
		EN: "Too many wrong codes from this address: wait a minute and look again at the trainer's screen."}
	txtNoCommand = i18n.Text{
		NL: "Verbind zonder opdracht erachter: ssh -p %[1]s %[2]s@%[3]s",
		EN: "Connect without a command after it: ssh -p %[1]s %[2]s@%[3]s"}
	txtNeedTerminal = i18n.Text{
		NL: "Meedoen over SSH heeft een terminal nodig: verbind zonder -T en zonder opdracht: ssh -p %[1]s %[2]s@%[3]s",
		EN: "Taking part over SSH needs a terminal: connect without -T and without a command: ssh -p %[1]s %[2]s@%[3]s"}
	txtFull = i18n.Text{
		NL: "De sessie is vol (%d deelnemers): vraag de trainer om een tweede sessie of doe mee met iemand naast je.",
		EN: "The session is full (%d participants): ask the trainer for a second session or join someone next to you."}
	txtClosed = i18n.Text{
		NL: "De sessie is afgelopen. Bedankt voor het meedoen!",
		EN: "The session has ended. Thank you for taking part!"}

	txtServerFailed = i18n.Text{
		NL: "de SSH-server kan niet starten: %v",
		EN: "the SSH server cannot start: %v"}
	txtKeyFolder = i18n.Text{
		NL: "de map voor de SSH-sleutel (%s) kan niet worden gemaakt: %v",
		EN: "the folder for the SSH host key (%s) cannot be made: %v"}

	txtNameTitle = i18n.Text{NL: "Meedoen", EN: "Join"}
	txtNameAsk   = i18n.Text{
		NL: "Je naam, zodat de trainer je herkent. Leeg laten mag: dan doe je anoniem mee.",
		EN: "Your name, so the trainer recognises you. You may leave it empty to take part anonymously."}
	txtNameKeys = i18n.Text{NL: "enter = verder · esc = stoppen", EN: "enter = continue · esc = quit"}
)

// sentence makes a room error (a clause without a capital or full stop)
// a line on its own.
func sentence(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	if r[0] >= 'a' && r[0] <= 'z' {
		r[0] -= 'a' - 'A'
	}
	if last := r[len(r)-1]; last != '.' && last != '!' && last != '?' {
		r = append(r, '.')
	}
	return string(r)
}
