"""Hand-built parses the stance tests share (rows as in :mod:`parsing`), written for the tests."""

# fmt: off
SHE_RECEIVED = """
she PRP nsubj 1
received VBD ROOT 1 receive
the DT det 3
payments NNS dobj 1 payment
"""
A_MOTION = """
a DT det 1
motion NN ROOT 1
"""
A_REQUEST = """
a DT det 1
request NN ROOT 1
for IN prep 1
funding NN pobj 2
"""
A_PERMIT = """
a DT det 1
permit NN ROOT 1
for IN prep 1
the DT det 4
rally NN pobj 2
"""
THE_REPORT = """
the DT det 1
report NN ROOT 1
"""
THE_ALLEGATIONS = """
the DT det 1
allegations NNS ROOT 1 allegation
"""
NOT_TRUE = """
that DT nsubj 1
is VBZ ROOT 1 be
not RB neg 1
true JJ acomp 1
"""
COMPANY_OF_CUTTING = """
the DT det 1
company NN ROOT 1
of IN prep 1
cutting VBG pcomp 2 cut
wages NNS dobj 3 wage
"""
SECRETLY_DUMPED = """
the DT det 1
company NN nsubj 3
secretly RB advmod 3
dumped VBD ROOT 3 dump
waste NN dobj 3
"""
WE_LIED = """
we PRP nsubj 1
lied VBD ROOT 1 lie
about IN prep 1
the DT det 4
numbers NNS pobj 2 number
"""
WE_MADE_MISTAKES = """
we PRP nsubj 1
made VBD ROOT 1 make
mistakes NNS dobj 1 mistake
"""
DID_NOT_CHEAT = """
the DT det 1
team NN nsubj 4
did VBD aux 4 do
not RB neg 4
cheat VB ROOT 4
"""
MAY_COLLAPSE = """
the DT det 1
tower NN nsubj 3
may MD aux 3
collapse VB ROOT 3
"""
MIGHT_COLLAPSE = MAY_COLLAPSE.replace("may MD", "might MD")
COULD_BE_COSTLY = """
the DT det 1
delay NN nsubj 3
could MD aux 3
be VB ROOT 3 be
costly JJ acomp 3
"""
COULD_BUILD = """
the DT det 1
company NN nsubj 3
could MD aux 3
build VB ROOT 3
a DT det 6
new JJ amod 6
plant NN dobj 3
"""
REDUCES_INFECTIONS = """
the DT det 1
drug NN nsubj 2
reduces VBZ ROOT 2 reduce
infections NNS dobj 2 infection
"""
SHOULD_RESIGN = """
the DT det 1
minister NN nsubj 3
should MD aux 3
resign VB ROOT 3
"""
MAY_FAIL = """
the DT det 1
plan NN nsubj 3
may MD aux 3
fail VB ROOT 3
"""
WHO_MAY_HAVE = """
the DT det 1
man NN nsubj 6
who WP nsubj 4
may MD aux 4
saw VBD relcl 1 see
it PRP dobj 4
left VBD ROOT 6 leave
"""
PROTESTERS_ATTACKED_BY_POLICE = """
the DT det 1
protesters NNS nsubjpass 3 protester
were VBD auxpass 3 be
attacked VBN ROOT 3 attack
by IN agent 3
the DT det 6
police NNS pobj 4 police
"""
COULD_HAVE_CHOSEN = """
I PRP nsubj 3
could MD aux 3
have VB aux 3
chosen VBN ROOT 3 choose
a DT det 6
different JJ amod 6
career NN dobj 3
"""
MAY_BUT = """
the DT det 1
plan NN nsubj 3
may MD aux 3
be VB ROOT 3 be
expensive JJ acomp 3
, , punct 3
but CC cc 3
it PRP nsubj 9
will MD aux 9
save VB conj 3
lives NNS dobj 9 life
"""
IF_SHE_MIGHT_RUN = """
if IN mark 3
she PRP nsubj 3
might MD aux 3
run VB ROOT 3
for IN prep 3
governor NN pobj 4
"""
THEY_SHOULD_DROP_OUT = """
they PRP nsubj 2
should MD aux 2
drop VB ROOT 2
out RP prt 2
"""
ATTACKERS_NOT_USING = """
the DT det 1
attackers NNS nsubj 4 attacker
were VBD aux 4 be
not RB neg 4
using VBG ROOT 4 use
encryption NN dobj 4
"""
AGENCY_FAILED_TO_PROTECT = """
the DT det 1
agency NN nsubj 2
failed VBD ROOT 2 fail
to TO aux 4
protect VB xcomp 2
the DT det 6
children NNS dobj 4 child
"""
CANDIDATE_FAILED_TO_WIN = AGENCY_FAILED_TO_PROTECT.replace("agency NN", "candidate NN").replace(
    "protect VB", "win VB"
).replace("children NNS dobj 4 child", "primary NN dobj 4")
SOMEONE_STOLE = """
someone NN nsubj 1
stole VBD ROOT 1 steal
the DT det 3
documents NNS dobj 1 document
"""
I_NEVER_SAID = """
I PRP nsubj 2
never RB neg 2
said VBD ROOT 2 say
that DT dobj 2
"""
I_CANT_DO_IT = """
I PRP nsubj 3
ca MD aux 3 can
n't RB neg 3 not
do VB ROOT 3
it PRP dobj 3
"""
DONT_BELIEVE_IT = """
Do VB aux 2 do
n't RB neg 2 not
believe VB ROOT 2
it PRP dobj 2
. . punct 2
"""
CORRUPTION_IN_THE_CITY = """
corruption NN ROOT 0
in IN prep 0
the DT det 3
city NN pobj 1
"""
ALLEGATIONS_BASELESS = """
the DT det 1
allegations NNS nsubj 2 allegation
are VBP ROOT 2 be
baseless JJ acomp 2
"""
RIDICULOUS_THAT_WE_PAY = """
it PRP nsubj 1
is VBZ ROOT 1 be
ridiculous JJ acomp 1
that IN mark 5
we PRP nsubj 5
pay VBP ccomp 1
"""
WE_DID_NOT_COLLUDE = """
we PRP nsubj 3
did VBD aux 3 do
not RB neg 3
collude VB ROOT 3
"""
I_AM_NOT_A_RACIST = """
I PRP nsubj 1
am VBP ROOT 1 be
not RB neg 1
a DT det 4
racist NN attr 1
"""
THERE_WAS_NO_FRAUD = """
there EX expl 1
was VBD ROOT 1 be
no DT det 3
fraud NN attr 1
"""
HE_HAD_NO_CONTACT = """
he PRP nsubj 1
had VBD ROOT 1 have
no DT det 3
contact NN dobj 1
with IN prep 3
the DT det 6
rebels NNS pobj 4 rebel
"""
THE_MAYOR_HAD_NO_CONTACT = """
the DT det 1
mayor NN nsubj 2
had VBD ROOT 2 have
no DT det 4
contact NN dobj 2
with IN prep 4
the DT det 7
families NNS pobj 5 family
"""
WE_WILL_HAVE_NO_ROLE = """
we PRP nsubj 2
will MD aux 2
have VB ROOT 2
no DT det 4
role NN dobj 2
"""
HE_HAD_NOT_MET_THEM = """
he PRP nsubj 3
had VBD aux 3 have
not RB neg 3
met VBN ROOT 3 meet
them PRP dobj 3
"""
HE_WOULD_NOT_RUN = """
he PRP nsubj 3
would MD aux 3
not RB neg 3
run VB ROOT 3
"""
