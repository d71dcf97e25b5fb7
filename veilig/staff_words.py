"""Words shared by the checks on staff who hurt those in their care (veilig/school_staff.py for
school and childcare, veilig/care_staff.py for care): what hurting is, and the verbs of someone
else's telling that make the staff member the messenger, not the one who does it."""

HURTS = (r"(slaat|sloeg|sloegen|geslagen|schopt|schopte|geschopt|duwt|duwde|geduwd|knijpt|kneep|geknepen|"
         r"trekt|trok|getrokken|rukt|rukte|ruw|hardhandig|pijn|zit aan|zat aan|aangezeten|betast|betastte|"
         r"aangeraakt|misbruikt|misbruik|mishandelt|mishandeld|mishandeling|opgesloten|sluit \w+ op|vastgebonden|"
         r"vastgezet|bedreigt|bedreigd|kust|zoent|gezoend|gekust|rare berichten|seksuele berichten|naaktfoto\w*|"
         r"aan (haar|hem|mij|me|ons) (\w+ )?(zit|zat|zitten|gezeten))")
TELLING = r"(zegt|zei|zeggen|vertelt|vertelde|belde|meldde|zag|ziet|denkt|dacht|merkte|vermoedt|ontdekte|vroeg|vraagt)"
