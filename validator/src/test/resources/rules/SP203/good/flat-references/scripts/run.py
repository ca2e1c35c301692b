from office.helpers import merge
