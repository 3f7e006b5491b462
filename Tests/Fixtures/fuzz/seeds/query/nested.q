(speaker:"Brad Smith" | code:policy/terms) and not confidence<0.6 para:1-5 doc:*.txt
